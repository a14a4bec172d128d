import type { MisconfigCheck } from '../../../check.js';
import * as h from '../helpers.js';

const encrypted = h.requireSetting(['storage_encrypted'], (v) => h.isTrue(v), {
  flagMissing: true,
  bad: 'storage_encrypted is not true',
  missing: 'storage_encrypted is not set (defaults to false)',
});

// Cluster storage is unencrypted unless storage_encrypted is true.
export const rdsClusterStorageEncrypted: MisconfigCheck = {
  id: 'PAL-TF-022',
  slug: 'rds-cluster-storage-encrypted',
  platform: 'terraform',
  title: 'Aurora/RDS cluster storage is not encrypted',
  severity: 'high',
  description: 'Cluster storage is unencrypted unless storage_encrypted is true.',
  remediation: 'Set storage_encrypted = true.',
  references: [
    'https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/rds_cluster',
    'CIS AWS Foundations 2.3.1',
  ],
  kics: ['Aurora With Disabled at Rest Encryption', 'RDS Storage Not Encrypted'],
  resourceTypes: ['aws_rds_cluster'],
  evaluate: (r) => (h.get(r.value, ['engine_mode']) === 'serverless' ? [] : encrypted(r)),
};
