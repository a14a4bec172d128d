import type { MisconfigCheck } from '../../../check.js';
import * as h from '../helpers.js';

// EFS data is unencrypted at rest unless encrypted is set.
export const efsEncrypted: MisconfigCheck = {
  id: 'PAL-TF-029',
  slug: 'efs-encrypted',
  platform: 'terraform',
  title: 'EFS file system is not encrypted',
  severity: 'high',
  description: 'EFS data is unencrypted at rest unless encrypted is set.',
  remediation: 'Set encrypted = true (and kms_key_id).',
  references: [
    'https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/efs_file_system',
    'CIS AWS Foundations 2.4.1',
  ],
  kics: [],
  resourceTypes: ['aws_efs_file_system'],
  evaluate: h.requireSetting(['encrypted'], (v) => h.isTrue(v), {
    flagMissing: true,
    bad: 'encrypted is false',
    missing: 'encrypted is not set',
  }),
};
