import type { MisconfigCheck } from '../../../check.js';
import * as h from '../helpers.js';

// Cache data and backups are readable from the underlying storage.
export const elasticacheAtRest: MisconfigCheck = {
  id: 'PAL-TF-034',
  slug: 'elasticache-at-rest',
  platform: 'terraform',
  title: 'ElastiCache replication group is not encrypted at rest',
  severity: 'high',
  description: 'Cache data and backups are readable from the underlying storage.',
  remediation: 'Set at_rest_encryption_enabled = true.',
  references: [
    'https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/elasticache_replication_group',
  ],
  kics: ['ElastiCache Replication Group Not Encrypted At Rest'],
  resourceTypes: ['aws_elasticache_replication_group'],
  evaluate: h.requireSetting(['at_rest_encryption_enabled'], (v) => h.isTrue(v), {
    flagMissing: true,
    bad: 'at_rest_encryption_enabled is false',
    missing: 'at_rest_encryption_enabled is not set',
  }),
};
