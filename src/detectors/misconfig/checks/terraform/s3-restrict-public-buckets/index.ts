import type { MisconfigCheck } from '../../../check.js';
import * as h from '../helpers.js';

// Without restrict_public_buckets, a public bucket policy still grants cross-account and anonymous access.
export const s3RestrictPublicBuckets: MisconfigCheck = {
  id: 'PAL-TF-006',
  slug: 's3-restrict-public-buckets',
  platform: 'terraform',
  title: 'S3 public access block does not restrict public buckets',
  severity: 'high',
  description:
    'Without restrict_public_buckets, a public bucket policy still grants cross-account and anonymous access.',
  remediation:
    "Set restrict_public_buckets = true on the bucket's aws_s3_bucket_public_access_block (and at account level).",
  references: [
    'https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/s3_bucket_public_access_block',
    'CIS AWS Foundations 2.1.4',
  ],
  kics: [],
  resourceTypes: ['aws_s3_bucket_public_access_block', 'aws_s3_account_public_access_block'],
  evaluate: h.requireSetting(['restrict_public_buckets'], (v) => h.isTrue(v), {
    flagMissing: true,
    bad: 'restrict_public_buckets is not true',
    missing: 'restrict_public_buckets is not set (defaults to false)',
  }),
};
