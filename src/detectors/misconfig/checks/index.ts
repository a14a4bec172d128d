/**
 * The explicit registry of built-in misconfiguration checks: one barrel per platform
 * (checks/<platform>/index.ts), each owned by the platform's author. registry.test.ts enforces unique
 * ids, id ↔ folder slugs and a failing and a passing fixture per check.
 */
import type { MisconfigCheck } from '../check.js';
import { CLOUDFORMATION_CHECKS } from './cloudformation/index.js';
import { COMPOSE_CHECKS } from './compose/index.js';
import { DOCKERFILE_CHECKS } from './dockerfile/index.js';
import { GITHUB_ACTIONS_CHECKS } from './github-actions/index.js';
import { KUBERNETES_CHECKS } from './kubernetes/index.js';
import { TERRAFORM_CHECKS } from './terraform/index.js';

export const CHECKS: readonly MisconfigCheck[] = [
  ...DOCKERFILE_CHECKS,
  ...KUBERNETES_CHECKS,
  ...TERRAFORM_CHECKS,
  ...CLOUDFORMATION_CHECKS,
  ...COMPOSE_CHECKS,
  ...GITHUB_ACTIONS_CHECKS,
];
