import { manifestRoots, readPyproject } from '../shared/python.js';
import type { Analyzer } from '../types.js';
import { parsePdmLock } from './parse.js';

export const pdmLock: Analyzer = {
  id: 'pdm-lock',
  version: 1,
  claims: { names: ['pdm.lock'] },
  async analyze({ path, text, siblings }) {
    // Which groups are optional (runtime) vs dev, and which names are direct, is in pyproject.toml.
    const pyproject = await readPyproject(siblings, path);
    return {
      packages: parsePdmLock(text(), path, 'pdm-lock', pyproject ? manifestRoots(pyproject) : undefined),
    };
  },
};
