import type { Analyzer } from '../types.js';
import { parsePackagesConfig } from './parse.js';

export const packagesConfig: Analyzer = {
  id: 'packages-config',
  version: 1,
  claims: { names: ['packages.config'] },
  analyze: ({ path, text }) => parsePackagesConfig(text(), path, 'packages-config'),
};
