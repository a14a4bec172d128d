import { cfnCheck, props } from '../cfn.js';

// "AuthenticatedRead" means any AWS account, not just yours: https://docs.aws.amazon.com/AmazonS3/latest/userguide/acl-overview.html#canned-acl
export const s3AuthenticatedReadAcl = cfnCheck({
  id: 'PAL-CFN-004',
  slug: 's3-authenticated-read-acl',
  title: 'S3 bucket ACL grants read to any AWS account',
  severity: 'high',
  description:
    'The AuthenticatedRead canned ACL grants read access to every authenticated AWS user in any account, which is effectively public.',
  remediation:
    'Remove AccessControl or set it to Private and grant access to specific principals with a bucket policy.',
  references: ['https://docs.aws.amazon.com/AmazonS3/latest/userguide/acl-overview.html#canned-acl'],
  kics: ['S3 Bucket ACL Allows Read to Any Authenticated User'],
  resourceTypes: ['AWS::S3::Bucket'],
  evaluate(r) {
    return props(r).AccessControl === 'AuthenticatedRead'
      ? [
          {
            message: `bucket '${r.name}' uses the AuthenticatedRead canned ACL`,
            at: ['Properties', 'AccessControl'],
          },
        ]
      : [];
  },
});
