import type { MisconfigCheck } from '../../../check.js';
import * as h from '../helpers.js';

// Shielded nodes give verifiable node identity and integrity against rootkits.
export const gkeShieldedNodes: MisconfigCheck = {
  id: 'PAL-TF-114',
  slug: 'gke-shielded-nodes',
  platform: 'terraform',
  title: 'GKE shielded nodes are disabled',
  severity: 'medium',
  description: 'Shielded nodes give verifiable node identity and integrity against rootkits.',
  remediation: 'Set enable_shielded_nodes = true.',
  references: [
    'https://registry.terraform.io/providers/hashicorp/google/latest/docs/resources/container_cluster',
  ],
  kics: [],
  resourceTypes: ['google_container_cluster'],
  evaluate: h.requireSetting(['enable_shielded_nodes'], (v) => !h.isFalse(v), {
    flagMissing: false,
    bad: 'enable_shielded_nodes is false',
  }),
};
