import type { MisconfigCheck } from '../../../check.js';
import * as h from '../helpers.js';

// Unencrypted EBS volumes and their snapshots expose data at rest.
export const ebsVolumeEncrypted: MisconfigCheck = {
  id: 'PAL-TF-026',
  slug: 'ebs-volume-encrypted',
  platform: 'terraform',
  title: 'EBS volume is not encrypted',
  severity: 'high',
  description: 'Unencrypted EBS volumes and their snapshots expose data at rest.',
  remediation: 'Set encrypted = true (and kms_key_id).',
  references: [
    'https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/ebs_volume',
    'CIS AWS Foundations 2.2.1',
  ],
  kics: [],
  resourceTypes: ['aws_ebs_volume'],
  evaluate: h.requireSetting(['encrypted'], (v) => h.isTrue(v), {
    flagMissing: true,
    bad: 'encrypted is false',
    missing: 'encrypted is not set',
  }),
};
