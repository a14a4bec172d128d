import { cfnCheck, props } from '../cfn.js';

// https://docs.aws.amazon.com/AmazonS3/latest/userguide/ServerLogs.html
export const s3AccessLogging = cfnCheck({
  id: 'PAL-CFN-007',
  slug: 's3-access-logging',
  title: 'S3 bucket server access logging is not enabled',
  severity: 'low',
  description:
    'Without access logs there is no record of who read or changed objects, which hampers incident response.',
  remediation: 'Add LoggingConfiguration with a DestinationBucketName (a separate log bucket).',
  references: [
    'https://docs.aws.amazon.com/AmazonS3/latest/userguide/ServerLogs.html',
    'CIS AWS Foundations Benchmark v1.4.0 3.6',
  ],
  resourceTypes: ['AWS::S3::Bucket'],
  evaluate(r) {
    const p = props(r);
    // A bucket that receives access logs does not log itself (that would loop).
    if (p.AccessControl === 'LogDeliveryWrite') return [];
    return p.LoggingConfiguration === undefined
      ? [{ message: `bucket '${r.name}' has no LoggingConfiguration` }]
      : [];
  },
});
