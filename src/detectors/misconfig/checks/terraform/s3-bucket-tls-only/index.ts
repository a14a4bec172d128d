import type { MisconfigCheck } from '../../../check.js';
import * as h from '../helpers.js';

// Without a policy denying aws:SecureTransport=false, clients may read and write objects over plain HTTP.
export const s3BucketTlsOnly: MisconfigCheck = {
  id: 'PAL-TF-012',
  slug: 's3-bucket-tls-only',
  platform: 'terraform',
  title: 'S3 bucket policy does not deny non-TLS requests',
  severity: 'medium',
  description:
    'Without a policy denying aws:SecureTransport=false, clients may read and write objects over plain HTTP.',
  remediation:
    'Add a Deny statement for all principals and s3:* with Condition Bool aws:SecureTransport = "false".',
  references: [
    'https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/s3_bucket_policy',
    'CIS AWS Foundations 2.1.1',
  ],
  kics: [],
  resourceTypes: ['aws_s3_bucket_policy'],
  evaluate: (r) => {
    const doc = h.policyDoc(h.get(r.value, ['policy']));
    if (!doc) return [];
    const denies = doc.Statement.some(
      (s) => s['Effect'] === 'Deny' && JSON.stringify(s['Condition'] ?? {}).includes('aws:SecureTransport'),
    );
    return denies
      ? []
      : [{ message: `${r.name}: no Deny statement on aws:SecureTransport = false`, at: ['policy'] }];
  },
};
