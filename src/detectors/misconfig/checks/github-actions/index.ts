/**
 * The github-actions checks: one folder per check (checks/github-actions/<slug>/index.ts + cases/fail.* + cases/pass.*),
 * listed here exactly once. checks/registry.test.ts enforces ids, slugs and fixtures.
 */
import type { MisconfigCheck } from '../../check.js';

export const GITHUB_ACTIONS_CHECKS: readonly MisconfigCheck[] = [
];
