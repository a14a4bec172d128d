import { cfnCheck, checkSetting, mustBeTrue, props } from '../cfn.js';

// https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/Overview.Encryption.html
export const rdsStorageEncrypted = cfnCheck({
  id: 'PAL-CFN-021',
  slug: 'rds-storage-encrypted',
  title: 'RDS storage is not encrypted',
  severity: 'high',
  description:
    'Unencrypted database storage, snapshots and backups expose data to anyone who obtains the volumes or a shared snapshot; encryption cannot be turned on later without a copy.',
  remediation: 'Set StorageEncrypted to true (and KmsKeyId to a customer managed key).',
  references: [
    'CIS AWS Foundations Benchmark v3.0.0 2.3.1',
    'https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/Overview.Encryption.html',
  ],
  resourceTypes: ['AWS::RDS::DBInstance', 'AWS::RDS::DBCluster'],
  evaluate(r) {
    const p = props(r);
    // Instances of an Aurora cluster inherit the cluster's encryption; restored snapshots keep theirs.
    if (
      p.DBClusterIdentifier !== undefined ||
      p.DBSnapshotIdentifier !== undefined ||
      p.SourceDBInstanceIdentifier !== undefined
    )
      return [];
    return checkSetting(r, {
      path: ['Properties', 'StorageEncrypted'],
      ok: mustBeTrue,
      problem: 'does not encrypt its storage',
    });
  },
});
