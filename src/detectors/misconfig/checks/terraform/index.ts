/**
 * The terraform checks: one folder per check (checks/terraform/<slug>/index.ts + cases/fail.* + cases/pass.*),
 * listed here exactly once. checks/registry.test.ts enforces ids, slugs and fixtures.
 */
import type { MisconfigCheck } from '../../check.js';

export const TERRAFORM_CHECKS: readonly MisconfigCheck[] = [
];
