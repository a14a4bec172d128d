import { cfnCheck, checkSetting, mustBeTrue } from '../cfn.js';

// https://docs.aws.amazon.com/AmazonElastiCache/latest/red-ug/in-transit-encryption.html
export const elasticacheInTransitEncryption = cfnCheck({
  id: 'PAL-CFN-037',
  slug: 'elasticache-in-transit-encryption',
  title: 'ElastiCache replication group does not encrypt traffic',
  severity: 'medium',
  description:
    'Without TLS, cache traffic (often session tokens) can be read or altered by anyone able to observe the VPC network path.',
  remediation: 'Set TransitEncryptionEnabled to true (and use AUTH or RBAC).',
  references: ['https://docs.aws.amazon.com/AmazonElastiCache/latest/red-ug/in-transit-encryption.html'],
  resourceTypes: ['AWS::ElastiCache::ReplicationGroup'],
  evaluate: (r) =>
    checkSetting(r, {
      path: ['Properties', 'TransitEncryptionEnabled'],
      ok: mustBeTrue,
      problem: 'does not encrypt traffic in transit',
    }),
});
