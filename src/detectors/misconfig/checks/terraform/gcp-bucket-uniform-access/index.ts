import type { MisconfigCheck } from '../../../check.js';
import * as h from '../helpers.js';

// Object ACLs make access hard to audit and easy to open by mistake.
export const gcpBucketUniformAccess: MisconfigCheck = {
  id: 'PAL-TF-104',
  slug: 'gcp-bucket-uniform-access',
  platform: 'terraform',
  title: 'GCS bucket uniform bucket-level access is disabled',
  severity: 'medium',
  description: 'Object ACLs make access hard to audit and easy to open by mistake.',
  remediation: 'Set uniform_bucket_level_access = true.',
  references: [
    'https://registry.terraform.io/providers/hashicorp/google/latest/docs/resources/storage_bucket',
    'CIS Google Cloud Platform Foundation 5.2',
  ],
  kics: ['Google Storage Bucket Level Access Disabled'],
  resourceTypes: ['google_storage_bucket'],
  evaluate: h.requireSetting(['uniform_bucket_level_access'], (v) => h.isTrue(v), {
    flagMissing: true,
    bad: 'uniform_bucket_level_access is false',
    missing: 'uniform_bucket_level_access is not set',
  }),
};
