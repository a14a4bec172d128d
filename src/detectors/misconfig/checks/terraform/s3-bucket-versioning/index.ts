import type { MisconfigCheck } from '../../../check.js';
import * as h from '../helpers.js';

// Without versioning an overwritten or deleted object (ransomware, mistakes) cannot be recovered.
export const s3BucketVersioning: MisconfigCheck = {
  id: 'PAL-TF-008',
  slug: 's3-bucket-versioning',
  platform: 'terraform',
  title: 'S3 bucket versioning is disabled',
  severity: 'medium',
  description:
    'Without versioning an overwritten or deleted object (ransomware, mistakes) cannot be recovered.',
  remediation: 'Enable versioning with an aws_s3_bucket_versioning resource (status = "Enabled").',
  references: [
    'https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/s3_bucket',
    'CIS AWS Foundations 2.1.3',
  ],
  kics: ['S3 Bucket Without Versioning'],
  resourceTypes: ['aws_s3_bucket'],
  evaluate: (r) => {
    const inline = h.get(r.value, ['versioning', 0, 'enabled']);
    if (h.isTrue(inline) || h.isUnknown(inline) || (inline === undefined && h.isModule(r))) return [];
    for (const v of h.related(r, 'aws_s3_bucket_versioning', 'bucket')) {
      const st = h.get(v.value, ['versioning_configuration', 0, 'status']);
      if (st === 'Enabled' || h.isUnknown(st)) return [];
    }
    return [
      {
        message: `${r.name}: versioning is not enabled`,
        ...(inline !== undefined ? { at: ['versioning', 0, 'enabled'] } : {}),
      },
    ];
  },
};
