/**
 * The explicit analyzer registry. Every folder under src/analyzers/ (except `shared`) is listed here
 * exactly once; registry.test.ts fails otherwise.
 */
import { gradleLockfile } from './gradle-lockfile/index.js';
import type { Analyzer } from './types.js';

export const ANALYZERS: readonly Analyzer[] = [
  gradleLockfile,
];

export type { Analyzer, AnalyzerInput, AnalyzerOutput, Claims, Siblings } from './types.js';
