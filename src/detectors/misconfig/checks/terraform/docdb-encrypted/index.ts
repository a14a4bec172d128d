import type { MisconfigCheck } from '../../../check.js';
import * as h from '../helpers.js';

// DocumentDB storage is unencrypted unless storage_encrypted is set.
export const docdbEncrypted: MisconfigCheck = {
  id: 'PAL-TF-069',
  slug: 'docdb-encrypted',
  platform: 'terraform',
  title: 'DocumentDB cluster is not encrypted',
  severity: 'high',
  description: 'DocumentDB storage is unencrypted unless storage_encrypted is set.',
  remediation: 'Set storage_encrypted = true.',
  references: ['https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/docdb_cluster'],
  kics: [],
  resourceTypes: ['aws_docdb_cluster'],
  evaluate: h.requireSetting(['storage_encrypted'], (v) => h.isTrue(v), {
    flagMissing: true,
    bad: 'storage_encrypted is false',
    missing: 'storage_encrypted is not set',
  }),
};
