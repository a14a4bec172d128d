import { cfnCheck, props } from '../cfn.js';

// Canned ACLs: https://docs.aws.amazon.com/AmazonS3/latest/userguide/acl-overview.html#canned-acl
export const s3PublicAcl = cfnCheck({
  id: 'PAL-CFN-003',
  slug: 's3-public-acl',
  title: 'S3 bucket ACL grants write access to everyone',
  severity: 'critical',
  description:
    'The PublicReadWrite canned ACL lets anyone on the internet list, upload and overwrite objects in the bucket.',
  remediation:
    'Remove AccessControl or set it to Private; serve public content through CloudFront with origin access control.',
  references: [
    'https://docs.aws.amazon.com/AmazonS3/latest/userguide/acl-overview.html#canned-acl',
    'CIS AWS Foundations Benchmark v3.0.0 2.1.4',
  ],
  kics: ['S3 Bucket ACL Allows Read Or Write to All Users'],
  resourceTypes: ['AWS::S3::Bucket'],
  evaluate(r) {
    const acl = props(r).AccessControl;
    return acl === 'PublicReadWrite'
      ? [{ message: `bucket '${r.name}' uses the ${acl} canned ACL`, at: ['Properties', 'AccessControl'] }]
      : [];
  },
});
