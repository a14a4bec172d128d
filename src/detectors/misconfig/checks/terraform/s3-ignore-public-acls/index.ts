import type { MisconfigCheck } from '../../../check.js';
import * as h from '../helpers.js';

// Without ignore_public_acls, existing public ACLs on the bucket and its objects stay in effect.
export const s3IgnorePublicAcls: MisconfigCheck = {
  id: 'PAL-TF-005',
  slug: 's3-ignore-public-acls',
  platform: 'terraform',
  title: 'S3 public access block does not ignore public ACLs',
  severity: 'high',
  description:
    'Without ignore_public_acls, existing public ACLs on the bucket and its objects stay in effect.',
  remediation:
    "Set ignore_public_acls = true on the bucket's aws_s3_bucket_public_access_block (and at account level).",
  references: [
    'https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/s3_bucket_public_access_block',
    'CIS AWS Foundations 2.1.4',
  ],
  kics: ['S3 Bucket Without Ignore Public ACL'],
  resourceTypes: ['aws_s3_bucket_public_access_block', 'aws_s3_account_public_access_block'],
  evaluate: h.requireSetting(['ignore_public_acls'], (v) => h.isTrue(v), {
    flagMissing: true,
    bad: 'ignore_public_acls is not true',
    missing: 'ignore_public_acls is not set (defaults to false)',
  }),
};
