import type { MisconfigCheck } from '../../../check.js';
import * as h from '../helpers.js';

// Without snapshots, cached state stored in Redis is lost on failure.
export const elasticacheRedisBackup: MisconfigCheck = {
  id: 'PAL-TF-132',
  slug: 'elasticache-redis-backup',
  platform: 'terraform',
  title: 'ElastiCache Redis cluster keeps no snapshots',
  severity: 'low',
  description: 'Without snapshots, cached state stored in Redis is lost on failure.',
  remediation: 'Set snapshot_retention_limit to 1 or more days.',
  references: [
    'https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/elasticache_cluster',
  ],
  kics: ['ElastiCache Redis Cluster Without Backup'],
  resourceTypes: ['aws_elasticache_cluster'],
  evaluate: h.requireSetting(['snapshot_retention_limit'], (v) => Number(v) > 0, {
    flagMissing: false,
    bad: 'snapshot_retention_limit is 0',
  }),
};
