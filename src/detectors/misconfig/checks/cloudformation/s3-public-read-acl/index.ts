import { cfnCheck, props } from '../cfn.js';

// https://docs.aws.amazon.com/AmazonS3/latest/userguide/acl-overview.html#canned-acl
export const s3PublicReadAcl = cfnCheck({
  id: 'PAL-CFN-008',
  slug: 's3-public-read-acl',
  title: 'S3 bucket ACL grants public read',
  severity: 'high',
  description:
    'The PublicRead canned ACL lets anyone on the internet list and read the bucket. Even for websites, CloudFront with origin access control is the safer way to serve content.',
  remediation:
    'Remove AccessControl (or set Private) and serve public content through CloudFront with origin access control.',
  references: [
    'https://docs.aws.amazon.com/AmazonS3/latest/userguide/acl-overview.html#canned-acl',
    'CIS AWS Foundations Benchmark v3.0.0 2.1.4',
  ],
  resourceTypes: ['AWS::S3::Bucket'],
  evaluate(r) {
    return props(r).AccessControl === 'PublicRead'
      ? [
          {
            message: `bucket '${r.name}' uses the PublicRead canned ACL`,
            at: ['Properties', 'AccessControl'],
          },
        ]
      : [];
  },
});
