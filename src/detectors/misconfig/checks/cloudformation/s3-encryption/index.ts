import { cfnCheck, props } from '../cfn.js';

// https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-properties-s3-bucket-bucketencryption.html
export const s3Encryption = cfnCheck({
  id: 'PAL-CFN-005',
  slug: 's3-encryption',
  title: 'S3 bucket has no default encryption configuration',
  severity: 'low',
  description:
    'Without BucketEncryption the bucket relies on the account default (SSE-S3); a customer managed KMS key is needed for key policies, rotation control and access auditing of sensitive data.',
  remediation:
    'Add BucketEncryption.ServerSideEncryptionConfiguration with SSEAlgorithm aws:kms (and a KMSMasterKeyID).',
  references: [
    'https://docs.aws.amazon.com/AmazonS3/latest/userguide/default-bucket-encryption.html',
    'CIS AWS Foundations Benchmark v1.4.0 2.1.1',
  ],
  resourceTypes: ['AWS::S3::Bucket'],
  evaluate(r) {
    return props(r).BucketEncryption === undefined
      ? [{ message: `bucket '${r.name}' has no BucketEncryption` }]
      : [];
  },
});
