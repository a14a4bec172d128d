import type { MisconfigCheck } from '../../../check.js';
import * as h from '../helpers.js';

// Unencrypted snapshots can be shared or copied with their data readable.
export const ebsSnapshotEncrypted: MisconfigCheck = {
  id: 'PAL-TF-028',
  slug: 'ebs-snapshot-encrypted',
  platform: 'terraform',
  title: 'EBS snapshot copy is not encrypted',
  severity: 'medium',
  description: 'Unencrypted snapshots can be shared or copied with their data readable.',
  remediation: 'Set encrypted = true.',
  references: [
    'https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/ebs_snapshot_copy',
  ],
  kics: ['EBS Volume Snapshot Not Encrypted'],
  resourceTypes: ['aws_ebs_snapshot_copy'],
  evaluate: h.requireSetting(['encrypted'], (v) => h.isTrue(v), {
    flagMissing: true,
    bad: 'encrypted is false',
    missing: 'encrypted is not set',
  }),
};
