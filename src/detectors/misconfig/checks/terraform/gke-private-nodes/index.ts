import type { MisconfigCheck } from '../../../check.js';
import * as h from '../helpers.js';

// Nodes with public IPs are directly reachable from the internet.
export const gkePrivateNodes: MisconfigCheck = {
  id: 'PAL-TF-113',
  slug: 'gke-private-nodes',
  platform: 'terraform',
  title: 'GKE nodes have public IPs',
  severity: 'medium',
  description: 'Nodes with public IPs are directly reachable from the internet.',
  remediation: 'Add private_cluster_config { enable_private_nodes = true }.',
  references: [
    'https://registry.terraform.io/providers/hashicorp/google/latest/docs/resources/container_cluster',
  ],
  kics: [],
  resourceTypes: ['google_container_cluster'],
  evaluate: h.requireSetting(['private_cluster_config', 0, 'enable_private_nodes'], (v) => h.isTrue(v), {
    flagMissing: true,
    bad: 'private_cluster_config.enable_private_nodes is false',
    missing: 'private_cluster_config.enable_private_nodes is not set',
  }),
};
