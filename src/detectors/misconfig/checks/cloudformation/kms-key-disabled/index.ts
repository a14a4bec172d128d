import { cfnCheck, checkSetting, mustBeTrue } from '../cfn.js';

// https://docs.aws.amazon.com/kms/latest/developerguide/enabling-keys.html
export const kmsKeyDisabled = cfnCheck({
  id: 'PAL-CFN-059',
  slug: 'kms-key-disabled',
  title: 'KMS key is disabled',
  severity: 'medium',
  description:
    'A disabled key cannot decrypt: every resource encrypted with it becomes unreadable (a denial of service on the data), and it is often a leftover that should be scheduled for deletion deliberately.',
  remediation: 'Set Enabled to true, or remove the key after re-encrypting the data that depends on it.',
  references: ['https://docs.aws.amazon.com/kms/latest/developerguide/enabling-keys.html'],
  kics: ['CMK Is Unusable'],
  resourceTypes: ['AWS::KMS::Key'],
  evaluate: (r) =>
    checkSetting(r, {
      path: ['Properties', 'Enabled'],
      ok: mustBeTrue,
      missingOk: true,
      problem: 'is disabled',
    }),
});
