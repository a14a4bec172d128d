import type { MisconfigCheck } from '../../../check.js';
import * as h from '../helpers.js';

// Without block_public_acls, a PUT with a public ACL makes objects public.
export const s3BlockPublicAcls: MisconfigCheck = {
  id: 'PAL-TF-003',
  slug: 's3-block-public-acls',
  platform: 'terraform',
  title: 'S3 public access block does not block public ACLs',
  severity: 'high',
  description: 'Without block_public_acls, a PUT with a public ACL makes objects public.',
  remediation:
    "Set block_public_acls = true on the bucket's aws_s3_bucket_public_access_block (and at account level).",
  references: [
    'https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/s3_bucket_public_access_block',
    'CIS AWS Foundations 2.1.4',
  ],
  kics: ['S3 Bucket Allows Public ACL'],
  resourceTypes: ['aws_s3_bucket_public_access_block', 'aws_s3_account_public_access_block'],
  evaluate: h.requireSetting(['block_public_acls'], (v) => h.isTrue(v), {
    flagMissing: true,
    bad: 'block_public_acls is not true',
    missing: 'block_public_acls is not set (defaults to false)',
  }),
};
