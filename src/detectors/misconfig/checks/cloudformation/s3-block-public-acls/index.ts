import { cfnCheck, s3PublicAccessSettings } from '../cfn.js';

// https://docs.aws.amazon.com/AmazonS3/latest/userguide/access-control-block-public-access.html
export const s3BlockPublicAcls = cfnCheck({
  id: 'PAL-CFN-001',
  slug: 's3-block-public-acls',
  title: 'S3 bucket does not block public ACLs',
  severity: 'high',
  description:
    'Without BlockPublicAcls and IgnorePublicAcls, anyone with write access can make objects public through an ACL, the most common cause of S3 data leaks.',
  remediation:
    'Set PublicAccessBlockConfiguration.BlockPublicAcls and IgnorePublicAcls to true on the bucket.',
  references: [
    'https://docs.aws.amazon.com/AmazonS3/latest/userguide/access-control-block-public-access.html',
    'CIS AWS Foundations Benchmark v3.0.0 2.1.4',
  ],
  kics: ['S3 Bucket Allows Public ACL'],
  resourceTypes: ['AWS::S3::Bucket'],
  evaluate: (r) => s3PublicAccessSettings(r, ['BlockPublicAcls', 'IgnorePublicAcls'], 'blocking public ACLs'),
});
