import type { Analyzer } from '../types.js';
import { parseMixLock } from './parse.js';

export const mixLock: Analyzer = {
  id: 'mix-lock',
  version: 1,
  claims: { names: ['mix.lock'] },
  analyze: ({ path, text }) => parseMixLock(text(), path, 'mix-lock'),
};
