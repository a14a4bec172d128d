import { cfnCheck, checkSetting, mustBeTrue } from '../cfn.js';

// https://docs.aws.amazon.com/redshift/latest/mgmt/working-with-db-encryption.html
export const redshiftEncrypted = cfnCheck({
  id: 'PAL-CFN-038',
  slug: 'redshift-encrypted',
  title: 'Redshift cluster is not encrypted',
  severity: 'high',
  description: 'An unencrypted data warehouse stores data blocks, metadata and snapshots in plaintext.',
  remediation: 'Set Encrypted to true with a KmsKeyId.',
  references: ['https://docs.aws.amazon.com/redshift/latest/mgmt/working-with-db-encryption.html'],
  resourceTypes: ['AWS::Redshift::Cluster'],
  evaluate: (r) =>
    checkSetting(r, { path: ['Properties', 'Encrypted'], ok: mustBeTrue, problem: 'is not encrypted' }),
});
