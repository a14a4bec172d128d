import type { MisconfigCheck } from '../../../check.js';
import * as h from '../helpers.js';

// Without access logs there is no record of who read or changed objects, which blocks incident investigation.
export const s3BucketLogging: MisconfigCheck = {
  id: 'PAL-TF-011',
  slug: 's3-bucket-logging',
  platform: 'terraform',
  title: 'S3 bucket access logging is disabled',
  severity: 'low',
  description:
    'Without access logs there is no record of who read or changed objects, which blocks incident investigation.',
  remediation: 'Add an aws_s3_bucket_logging resource sending logs to a dedicated log bucket.',
  references: [
    'https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/s3_bucket',
    'CIS AWS Foundations 3.6',
  ],
  kics: [],
  resourceTypes: ['aws_s3_bucket'],
  evaluate: (r) =>
    h.isModule(r) ||
    h.get(r.value, ['logging']) !== undefined ||
    h.related(r, 'aws_s3_bucket_logging', 'bucket').length > 0
      ? []
      : [{ message: `${r.name}: server access logging is not configured` }],
};
