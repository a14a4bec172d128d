import type { MisconfigCheck } from '../../../check.js';
import * as h from '../helpers.js';

const encrypted = h.requireSetting(['storage_encrypted'], (v) => h.isTrue(v), {
  flagMissing: true,
  bad: 'storage_encrypted is not true',
  missing: 'storage_encrypted is not set (defaults to false)',
});

// Unencrypted database storage, snapshots and backups expose data to anyone who gets at the volumes or a shared snapshot.
export const rdsStorageEncrypted: MisconfigCheck = {
  id: 'PAL-TF-021',
  slug: 'rds-storage-encrypted',
  platform: 'terraform',
  title: 'RDS instance storage is not encrypted',
  severity: 'high',
  description:
    'Unencrypted database storage, snapshots and backups expose data to anyone who gets at the volumes or a shared snapshot.',
  remediation: 'Set storage_encrypted = true (with kms_key_id for a customer managed key).',
  references: [
    'https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/db_instance',
    'CIS AWS Foundations 2.3.1',
  ],
  kics: ['DB Instance Storage Not Encrypted', 'RDS Storage Not Encrypted'],
  resourceTypes: ['aws_db_instance'],
  evaluate: (r) =>
    h.get(r.value, ['storage_encrypted']) === undefined &&
    (h.get(r.value, ['kms_key_id']) !== undefined || h.get(r.value, ['replicate_source_db']) !== undefined)
      ? []
      : encrypted(r),
};
