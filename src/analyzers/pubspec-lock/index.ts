import type { Analyzer } from '../types.js';
import { parsePubspecLock } from './parse.js';

export const pubspecLock: Analyzer = {
  id: 'pubspec-lock',
  version: 1,
  claims: { names: ['pubspec.lock'] },
  analyze: ({ path, text }) => parsePubspecLock(text(), path, 'pubspec-lock'),
};
