import type { MisconfigCheck } from '../../../check.js';
import * as h from '../helpers.js';

// Indexes and snapshots are unencrypted at rest.
export const esEncryptAtRest: MisconfigCheck = {
  id: 'PAL-TF-063',
  slug: 'es-encrypt-at-rest',
  platform: 'terraform',
  title: 'Elasticsearch domain is not encrypted at rest',
  severity: 'high',
  description: 'Indexes and snapshots are unencrypted at rest.',
  remediation: 'Add encrypt_at_rest { enabled = true }.',
  references: [
    'https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/elasticsearch_domain',
  ],
  kics: ['ElasticSearch Not Encrypted At Rest'],
  resourceTypes: ['aws_elasticsearch_domain', 'aws_opensearch_domain'],
  evaluate: h.requireSetting(['encrypt_at_rest', 0, 'enabled'], (v) => h.isTrue(v), {
    flagMissing: true,
    bad: 'encrypt_at_rest.enabled is false',
    missing: 'encrypt_at_rest.enabled is not set',
  }),
};
