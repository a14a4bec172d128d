import { cfnCheck, checkSetting, mustBeTrue, props } from '../cfn.js';

// CIS AWS Foundations 3.6 (v3: 3.6): rotation for customer-created symmetric CMKs is enabled.
export const kmsKeyRotation = cfnCheck({
  id: 'PAL-CFN-057',
  slug: 'kms-key-rotation',
  title: 'KMS key rotation is not enabled',
  severity: 'medium',
  description:
    'Without automatic rotation, the same key material protects data indefinitely, widening the impact of a leaked or broken key.',
  remediation: 'Set EnableKeyRotation to true on symmetric encryption keys.',
  references: [
    'CIS AWS Foundations Benchmark v3.0.0 3.6',
    'https://docs.aws.amazon.com/kms/latest/developerguide/rotate-keys.html',
  ],
  kics: ['KMS Key Rotation Disabled'],
  resourceTypes: ['AWS::KMS::Key'],
  evaluate(r) {
    const spec = props(r).KeySpec;
    // Only symmetric encryption keys support automatic rotation.
    if (spec !== undefined && spec !== 'SYMMETRIC_DEFAULT') return [];
    if (props(r).KeyUsage !== undefined && props(r).KeyUsage !== 'ENCRYPT_DECRYPT') return [];
    return checkSetting(r, {
      path: ['Properties', 'EnableKeyRotation'],
      ok: mustBeTrue,
      problem: 'does not rotate its key material',
    });
  },
});
