/**
 * The dockerfile checks: one folder per check (checks/dockerfile/<slug>/index.ts + cases/fail.* + cases/pass.*),
 * listed here exactly once. checks/registry.test.ts enforces ids, slugs and fixtures.
 */
import type { MisconfigCheck } from '../../check.js';

export const DOCKERFILE_CHECKS: readonly MisconfigCheck[] = [
];
