import type { MisconfigCheck } from '../../../check.js';
import * as h from '../helpers.js';

// A versioning configuration with status Suspended or Disabled keeps no previous object versions.
export const s3BucketVersioningSuspended: MisconfigCheck = {
  id: 'PAL-TF-009',
  slug: 's3-bucket-versioning-suspended',
  platform: 'terraform',
  title: 'S3 bucket versioning configuration is not enabled',
  severity: 'medium',
  description:
    'A versioning configuration with status Suspended or Disabled keeps no previous object versions.',
  remediation: 'Set versioning_configuration.status = "Enabled".',
  references: [
    'https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/s3_bucket_versioning',
  ],
  kics: ['S3 Bucket Without Versioning'],
  resourceTypes: ['aws_s3_bucket_versioning'],
  evaluate: h.requireSetting(['versioning_configuration', 0, 'status'], (v) => v === 'Enabled', {
    flagMissing: false,
    bad: 'versioning status is not "Enabled"',
  }),
};
