/**
 * The cloudformation checks: one folder per check (checks/cloudformation/<slug>/index.ts + cases/fail.* + cases/pass.*),
 * listed here exactly once, in id order. checks/registry.test.ts enforces ids, slugs and fixtures.
 */
import type { MisconfigCheck } from '../../check.js';
import { s3AccessLogging } from './s3-access-logging/index.js';
import { s3AuthenticatedReadAcl } from './s3-authenticated-read-acl/index.js';
import { s3BlockPublicAcls } from './s3-block-public-acls/index.js';
import { s3Encryption } from './s3-encryption/index.js';
import { s3PublicAcl } from './s3-public-acl/index.js';
import { s3RestrictPublicBuckets } from './s3-restrict-public-buckets/index.js';
import { s3Versioning } from './s3-versioning/index.js';

export const CLOUDFORMATION_CHECKS: readonly MisconfigCheck[] = [
  s3BlockPublicAcls,
  s3RestrictPublicBuckets,
  s3PublicAcl,
  s3AuthenticatedReadAcl,
  s3Encryption,
  s3Versioning,
  s3AccessLogging,
];
