import type { Analyzer } from '../types.js';
import { parseBunLock } from './parse.js';

export const bunLock: Analyzer = {
  id: 'bun-lock',
  version: 1,
  // bun.lockb (the binary format of Bun < 1.2) is deliberately not claimed.
  claims: { names: ['bun.lock'], exclude: [/(^|\/)node_modules\//] },
  analyze: ({ path, text }) => parseBunLock(text(), path, 'bun-lock'),
};
