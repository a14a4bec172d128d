import type { Analyzer } from '../types.js';
import { parseUvLock } from './parse.js';

export const uvLock: Analyzer = {
  id: 'uv-lock',
  version: 1,
  claims: { names: ['uv.lock'] },
  analyze: ({ path, text }) => ({ packages: parseUvLock(text(), path, 'uv-lock') }),
};
