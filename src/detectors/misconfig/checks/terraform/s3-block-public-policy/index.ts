import type { MisconfigCheck } from '../../../check.js';
import * as h from '../helpers.js';

// Without block_public_policy, a bucket policy granting public access can be attached.
export const s3BlockPublicPolicy: MisconfigCheck = {
  id: 'PAL-TF-004',
  slug: 's3-block-public-policy',
  platform: 'terraform',
  title: 'S3 public access block does not block public policies',
  severity: 'high',
  description: 'Without block_public_policy, a bucket policy granting public access can be attached.',
  remediation:
    "Set block_public_policy = true on the bucket's aws_s3_bucket_public_access_block (and at account level).",
  references: [
    'https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/s3_bucket_public_access_block',
    'CIS AWS Foundations 2.1.4',
  ],
  kics: ['S3 Bucket Allows Public Policy'],
  resourceTypes: ['aws_s3_bucket_public_access_block', 'aws_s3_account_public_access_block'],
  evaluate: h.requireSetting(['block_public_policy'], (v) => h.isTrue(v), {
    flagMissing: true,
    bad: 'block_public_policy is not true',
    missing: 'block_public_policy is not set (defaults to false)',
  }),
};
