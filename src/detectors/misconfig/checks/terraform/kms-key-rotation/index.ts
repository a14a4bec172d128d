import type { MisconfigCheck } from '../../../check.js';
import * as h from '../helpers.js';

const rotation = h.requireSetting(['enable_key_rotation'], (v) => h.isTrue(v), {
  flagMissing: true,
  bad: 'enable_key_rotation is not true',
  missing: 'enable_key_rotation is not set (defaults to false)',
});

// Rotating keys yearly limits how much data one compromised key version protects.
export const kmsKeyRotation: MisconfigCheck = {
  id: 'PAL-TF-044',
  slug: 'kms-key-rotation',
  platform: 'terraform',
  title: 'KMS key rotation is disabled',
  severity: 'medium',
  description: 'Rotating keys yearly limits how much data one compromised key version protects.',
  remediation: 'Set enable_key_rotation = true.',
  references: [
    'https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/kms_key',
    'CIS AWS Foundations 3.6',
  ],
  kics: ['CMK Rotation Disabled'],
  resourceTypes: ['aws_kms_key'],
  evaluate: (r) => {
    const spec = h.get(r.value, ['customer_master_key_spec']) ?? h.get(r.value, ['key_spec']);
    if (typeof spec === 'string' && spec !== 'SYMMETRIC_DEFAULT') return [];
    return rotation(r);
  },
};
