import type { MisconfigCheck } from '../../../check.js';
import * as h from '../helpers.js';

// Overwritten or deleted objects cannot be recovered.
export const gcpBucketVersioning: MisconfigCheck = {
  id: 'PAL-TF-105',
  slug: 'gcp-bucket-versioning',
  platform: 'terraform',
  title: 'GCS bucket versioning is disabled',
  severity: 'low',
  description: 'Overwritten or deleted objects cannot be recovered.',
  remediation: 'Add versioning { enabled = true }.',
  references: [
    'https://registry.terraform.io/providers/hashicorp/google/latest/docs/resources/storage_bucket',
  ],
  kics: ['Cloud Storage Bucket Versioning Disabled'],
  resourceTypes: ['google_storage_bucket'],
  evaluate: h.requireSetting(['versioning', 0, 'enabled'], (v) => h.isTrue(v), {
    flagMissing: true,
    bad: 'versioning.enabled is false',
    missing: 'versioning.enabled is not set',
  }),
};
