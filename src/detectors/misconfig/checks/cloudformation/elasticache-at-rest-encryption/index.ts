import { cfnCheck, checkSetting, mustBeTrue } from '../cfn.js';

// https://docs.aws.amazon.com/AmazonElastiCache/latest/red-ug/at-rest-encryption.html
export const elasticacheAtRestEncryption = cfnCheck({
  id: 'PAL-CFN-036',
  slug: 'elasticache-at-rest-encryption',
  title: 'ElastiCache replication group is not encrypted at rest',
  severity: 'medium',
  description:
    'Cached data, snapshots and swap are stored unencrypted unless AtRestEncryptionEnabled is set at creation time.',
  remediation: 'Set AtRestEncryptionEnabled to true (and KmsKeyId for a customer managed key).',
  references: ['https://docs.aws.amazon.com/AmazonElastiCache/latest/red-ug/at-rest-encryption.html'],
  kics: ['ElastiCache With Disabled at Rest Encryption'],
  resourceTypes: ['AWS::ElastiCache::ReplicationGroup'],
  evaluate: (r) =>
    checkSetting(r, {
      path: ['Properties', 'AtRestEncryptionEnabled'],
      ok: mustBeTrue,
      problem: 'is not encrypted at rest',
    }),
});
