import type { MisconfigCheck } from '../../../check.js';
import * as h from '../helpers.js';

// Account-level default encryption makes every new volume encrypted even when a template forgets.
export const ebsDefaultEncryption: MisconfigCheck = {
  id: 'PAL-TF-027',
  slug: 'ebs-default-encryption',
  platform: 'terraform',
  title: 'EBS encryption by default is disabled',
  severity: 'medium',
  description:
    'Account-level default encryption makes every new volume encrypted even when a template forgets.',
  remediation: 'Set enabled = true.',
  references: [
    'https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/ebs_encryption_by_default',
    'CIS AWS Foundations 2.2.1',
  ],
  kics: ['EBS Default Encryption Disabled'],
  resourceTypes: ['aws_ebs_encryption_by_default'],
  evaluate: h.requireSetting(['enabled'], (v) => !h.isFalse(v), {
    flagMissing: false,
    bad: 'enabled is false',
  }),
};
