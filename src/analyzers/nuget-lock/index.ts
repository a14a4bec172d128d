import type { Analyzer } from '../types.js';
import { parseNugetLock } from './parse.js';

export const nugetLock: Analyzer = {
  id: 'nuget-lock',
  version: 1,
  // NuGetLockFilePath lets several projects of one folder keep packages.<project>.lock.json files.
  claims: { names: ['packages.lock.json'], patterns: [/(^|\/)packages\.[^/]+\.lock\.json$/] },
  analyze: ({ path, text }) => ({ packages: parseNugetLock(text(), path, 'nuget-lock') }),
};
