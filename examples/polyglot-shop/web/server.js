const express = require('express');
const _ = require('lodash');

const app = express();
app.get('/health', (_req, res) => res.json({ ok: true }));
app.get('/products', (req, res) => res.json(_.sortBy([{ name: 'mug' }, { name: 'cap' }], 'name')));
app.listen(process.env.PORT || 3000);
