import type { MisconfigCheck } from '../../../check.js';
import * as h from '../helpers.js';

// Traffic between cluster nodes is in clear text.
export const esNodeToNode: MisconfigCheck = {
  id: 'PAL-TF-064',
  slug: 'es-node-to-node',
  platform: 'terraform',
  title: 'Elasticsearch node-to-node encryption is disabled',
  severity: 'medium',
  description: 'Traffic between cluster nodes is in clear text.',
  remediation: 'Add node_to_node_encryption { enabled = true }.',
  references: [
    'https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/elasticsearch_domain',
  ],
  kics: ['Elasticsearch Domain Not Encrypted Node To Node'],
  resourceTypes: ['aws_elasticsearch_domain', 'aws_opensearch_domain'],
  evaluate: h.requireSetting(['node_to_node_encryption', 0, 'enabled'], (v) => h.isTrue(v), {
    flagMissing: true,
    bad: 'node_to_node_encryption.enabled is false',
    missing: 'node_to_node_encryption.enabled is not set',
  }),
};
