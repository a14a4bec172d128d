import type { Analyzer } from '../types.js';
import { parseConanLock } from './parse.js';

export const conanLock: Analyzer = {
  id: 'conan-lock',
  version: 1,
  claims: { names: ['conan.lock'] },
  analyze: ({ path, text }) => ({ packages: parseConanLock(text(), path, 'conan-lock') }),
};
