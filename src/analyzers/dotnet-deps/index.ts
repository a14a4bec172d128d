import type { Analyzer } from '../types.js';
import { parseDepsJson } from './parse.js';

export const dotnetDeps: Analyzer = {
  id: 'dotnet-deps',
  version: 1,
  claims: { patterns: [/(^|\/)[^/]+\.deps\.json$/] },
  analyze: ({ path, text }) => ({ packages: parseDepsJson(text(), path, 'dotnet-deps') }),
};
