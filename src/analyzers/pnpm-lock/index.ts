import type { Analyzer } from '../types.js';
import { parsePnpmLock } from './parse.js';

export const pnpmLock: Analyzer = {
  id: 'pnpm-lock',
  version: 1,
  // node_modules/.pnpm/lock.yaml is pnpm's private copy of the same data: scanning it would double-count.
  claims: { names: ['pnpm-lock.yaml'], exclude: [/(^|\/)node_modules\//] },
  analyze: ({ path, text }) => parsePnpmLock(text(), path, 'pnpm-lock'),
};
