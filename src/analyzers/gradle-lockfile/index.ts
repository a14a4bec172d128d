import type { Analyzer } from '../types.js';
import { parseGradleLockfile } from './parse.js';

export const gradleLockfile: Analyzer = {
  id: 'gradle-lockfile',
  version: 1,
  // Per-configuration lockfiles of Gradle < 6.8 live in gradle/dependency-locks/*.lockfile.
  claims: { names: ['gradle.lockfile', 'buildscript-gradle.lockfile'], patterns: [/(^|\/)gradle\/dependency-locks\/[^/]+\.lockfile$/] },
  analyze: ({ path, text }) => ({ packages: parseGradleLockfile(text(), path, 'gradle-lockfile') }),
};
