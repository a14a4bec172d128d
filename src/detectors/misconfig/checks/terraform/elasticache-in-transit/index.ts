import type { MisconfigCheck } from '../../../check.js';
import * as h from '../helpers.js';

// Without TLS, cache traffic (often session tokens) crosses the network in clear text.
export const elasticacheInTransit: MisconfigCheck = {
  id: 'PAL-TF-035',
  slug: 'elasticache-in-transit',
  platform: 'terraform',
  title: 'ElastiCache replication group is not encrypted in transit',
  severity: 'high',
  description: 'Without TLS, cache traffic (often session tokens) crosses the network in clear text.',
  remediation: 'Set transit_encryption_enabled = true.',
  references: [
    'https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/elasticache_replication_group',
  ],
  kics: [],
  resourceTypes: ['aws_elasticache_replication_group'],
  evaluate: h.requireSetting(['transit_encryption_enabled'], (v) => h.isTrue(v), {
    flagMissing: true,
    bad: 'transit_encryption_enabled is false',
    missing: 'transit_encryption_enabled is not set',
  }),
};
