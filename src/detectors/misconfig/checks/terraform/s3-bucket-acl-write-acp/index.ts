import type { MisconfigCheck } from '../../../check.js';
import * as h from '../helpers.js';

// A grantee with WRITE_ACP can rewrite the ACL and take over the bucket.
export const s3BucketAclWriteAcp: MisconfigCheck = {
  id: 'PAL-TF-013',
  slug: 's3-bucket-acl-write-acp',
  platform: 'terraform',
  title: 'S3 bucket ACL grants WRITE_ACP or FULL_CONTROL to everyone',
  severity: 'critical',
  description: 'A grantee with WRITE_ACP can rewrite the ACL and take over the bucket.',
  remediation: 'Remove the grant; give ACL control only to the bucket owner.',
  references: ['https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/s3_bucket_acl'],
  kics: ['S3 Bucket ACL Grants WRITE_ACP Permission'],
  resourceTypes: ['aws_s3_bucket_acl', 'aws_s3_bucket'],
  evaluate: (r) => {
    const out: h.Result[] = [];
    const grants = h.asArray(h.get(r.value, ['access_control_policy', 0, 'grant']));
    for (let i = 0; i < grants.length; i++) {
      const perm = h.get(grants[i], ['permission']);
      const uri = String(h.get(grants[i], ['grantee', 0, 'uri']) ?? '');
      if (
        (perm === 'WRITE_ACP' && uri !== '') ||
        (perm === 'FULL_CONTROL' && /AllUsers|AuthenticatedUsers/.test(uri))
      ) {
        out.push({
          message: `${r.name}: grants ${perm} to ${uri}`,
          at: ['access_control_policy', 0, 'grant', i, 'permission'],
        });
      }
    }
    return out;
  },
};
