import type { Analyzer } from '../types.js';
import { parsePodfileLock } from './parse.js';

export const podfileLock: Analyzer = {
  id: 'podfile-lock',
  version: 1,
  claims: { names: ['Podfile.lock'] },
  analyze: ({ path, text }) => ({ packages: parsePodfileLock(text(), path, 'podfile-lock') }),
};
