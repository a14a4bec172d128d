import type { MisconfigCheck } from '../../../check.js';
import * as h from '../helpers.js';

// A public canned ACL exposes every object of the bucket to the internet (or to any AWS account).
export const s3BucketPublicAcl: MisconfigCheck = {
  id: 'PAL-TF-001',
  slug: 's3-bucket-public-acl',
  platform: 'terraform',
  title: 'S3 bucket ACL grants public access',
  severity: 'high',
  description:
    'A public canned ACL exposes every object of the bucket to the internet (or to any AWS account).',
  remediation:
    'Use acl = "private" (or drop ACLs with object ownership BucketOwnerEnforced) and grant access through IAM or bucket policies.',
  references: [
    'https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/s3_bucket',
    'CIS AWS Foundations 2.1.4',
  ],
  kics: [
    'S3 Bucket ACL Allows Read Or Write to All Users',
    'S3 Bucket ACL Allows Read to Any Authenticated User',
  ],
  resourceTypes: ['aws_s3_bucket', 'aws_s3_bucket_acl'],
  evaluate: (r) => {
    const acl = h.get(r.value, ['acl']);
    return typeof acl === 'string' && ['public-read', 'public-read-write', 'authenticated-read'].includes(acl)
      ? [
          {
            message: `${r.name}: canned ACL '${acl}' lets anyone${acl === 'authenticated-read' ? ' with an AWS account' : ''} read the bucket`,
            at: ['acl'],
          },
        ]
      : [];
  },
};
