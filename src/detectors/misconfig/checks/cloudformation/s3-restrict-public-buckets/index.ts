import { cfnCheck, s3PublicAccessSettings } from '../cfn.js';

// https://docs.aws.amazon.com/AmazonS3/latest/userguide/access-control-block-public-access.html
export const s3RestrictPublicBuckets = cfnCheck({
  id: 'PAL-CFN-002',
  slug: 's3-restrict-public-buckets',
  title: 'S3 bucket does not block public bucket policies',
  severity: 'high',
  description:
    'Without BlockPublicPolicy and RestrictPublicBuckets, a bucket policy granting access to everyone takes effect and the bucket becomes public.',
  remediation:
    'Set PublicAccessBlockConfiguration.BlockPublicPolicy and RestrictPublicBuckets to true on the bucket.',
  references: [
    'https://docs.aws.amazon.com/AmazonS3/latest/userguide/access-control-block-public-access.html',
    'CIS AWS Foundations Benchmark v3.0.0 2.1.4',
  ],
  kics: ['S3 Bucket Without Restriction Of Public Bucket'],
  resourceTypes: ['AWS::S3::Bucket'],
  evaluate: (r) => s3PublicAccessSettings(r, ['RestrictPublicBuckets', 'BlockPublicPolicy'], 'restricting public policies'),
});
