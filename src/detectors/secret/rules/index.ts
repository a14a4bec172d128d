/**
 * The explicit registry of built-in secret rules, alphabetical by id. rules.test.ts checks that every
 * folder under rules/ is registered exactly once.
 */
import type { SecretRule } from '../rule.js';
import { rule as awsAccessKeyId } from './aws-access-key-id/index.js';

export const SECRET_RULES: readonly SecretRule[] = [
  awsAccessKeyId,
];
