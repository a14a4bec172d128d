import type { MisconfigCheck } from '../../../check.js';
import * as h from '../helpers.js';

// A bucket policy statement with Principal "*" and no condition pinning the caller (account, organisation, VPC endpoint) lets anyone call the allowed S3 actions; an IP condition alone still admits anonymous callers.
export const s3BucketPolicyPublic: MisconfigCheck = {
  id: 'PAL-TF-002',
  slug: 's3-bucket-policy-public',
  platform: 'terraform',
  title: 'S3 bucket policy allows actions to any principal',
  severity: 'high',
  description:
    'A bucket policy statement with Principal "*" and no condition pinning the caller (account, organisation, VPC endpoint) lets anyone call the allowed S3 actions; an IP condition alone still admits anonymous callers.',
  remediation:
    'Name the principals (accounts, roles) that need access, or add a condition (aws:SourceVpce, aws:PrincipalOrgID).',
  references: ['https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/s3_bucket'],
  kics: [
    'S3 Bucket Allows Get Action From All Principals',
    'S3 Bucket Allows List Action From All Principals',
    'S3 Bucket Allows Put Action From All Principals',
  ],
  resourceTypes: ['aws_s3_bucket', 'aws_s3_bucket_policy'],
  evaluate: (r) => {
    for (const s of h.allowStatements(h.get(r.value, ['policy']))) {
      if (h.principalIsWildcard(s['Principal']) && !h.restrictsPrincipal(s)) {
        return [
          {
            message: `${r.name}: policy allows ${h.strings(s['Action']).join(', ') || 'actions'} to any principal`,
            at: ['policy'],
          },
        ];
      }
    }
    return [];
  },
};
