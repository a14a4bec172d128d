import type { MisconfigCheck } from '../../../check.js';
import * as h from '../helpers.js';

// Bucket-level Block Public Access is the guard rail that stops a later ACL or policy change from exposing data.
export const s3BucketPublicAccessBlockMissing: MisconfigCheck = {
  id: 'PAL-TF-007',
  slug: 's3-bucket-public-access-block-missing',
  platform: 'terraform',
  title: 'S3 bucket has no public access block',
  severity: 'medium',
  description:
    'Bucket-level Block Public Access is the guard rail that stops a later ACL or policy change from exposing data.',
  remediation: 'Add an aws_s3_bucket_public_access_block for the bucket with all four settings true.',
  references: [
    'https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/s3_bucket',
    'CIS AWS Foundations 2.1.4',
  ],
  kics: [],
  resourceTypes: ['aws_s3_bucket'],
  evaluate: (r) =>
    h.isModule(r) ||
    h.related(r, 'aws_s3_bucket_public_access_block', 'bucket').length > 0 ||
    r.siblings.some((s) => s.type === 'aws_s3_account_public_access_block')
      ? []
      : [{ message: `${r.name}: no aws_s3_bucket_public_access_block points at this bucket` }],
};
