import type { MisconfigCheck } from '../../../check.js';
import * as h from '../helpers.js';

// Neptune storage is unencrypted unless storage_encrypted is set.
export const neptuneEncrypted: MisconfigCheck = {
  id: 'PAL-TF-070',
  slug: 'neptune-encrypted',
  platform: 'terraform',
  title: 'Neptune cluster is not encrypted',
  severity: 'high',
  description: 'Neptune storage is unencrypted unless storage_encrypted is set.',
  remediation: 'Set storage_encrypted = true.',
  references: ['https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/neptune_cluster'],
  kics: [],
  resourceTypes: ['aws_neptune_cluster'],
  evaluate: h.requireSetting(['storage_encrypted'], (v) => h.isTrue(v), {
    flagMissing: true,
    bad: 'storage_encrypted is false',
    missing: 'storage_encrypted is not set',
  }),
};
