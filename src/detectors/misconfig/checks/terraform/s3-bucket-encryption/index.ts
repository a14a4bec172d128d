import type { MisconfigCheck } from '../../../check.js';
import * as h from '../helpers.js';

// Declaring default encryption (ideally with a customer managed KMS key) documents and enforces encryption at rest with a key you control.
export const s3BucketEncryption: MisconfigCheck = {
  id: 'PAL-TF-010',
  slug: 's3-bucket-encryption',
  platform: 'terraform',
  title: 'S3 bucket has no server-side encryption configuration',
  severity: 'high',
  description:
    'Declaring default encryption (ideally with a customer managed KMS key) documents and enforces encryption at rest with a key you control.',
  remediation:
    'Add an aws_s3_bucket_server_side_encryption_configuration with sse_algorithm = "aws:kms" and your KMS key.',
  references: [
    'https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/s3_bucket',
    'CIS AWS Foundations 2.1.1',
  ],
  kics: [],
  resourceTypes: ['aws_s3_bucket'],
  evaluate: (r) =>
    h.isModule(r) ||
    h.get(r.value, ['server_side_encryption_configuration']) !== undefined ||
    h.related(r, 'aws_s3_bucket_server_side_encryption_configuration', 'bucket').length > 0
      ? []
      : [{ message: `${r.name}: no server-side encryption configuration declared` }],
};
