import type { MisconfigCheck } from '../../../check.js';
import * as h from '../helpers.js';

// Unhealthy nodes stay in service instead of being recreated.
export const gkeNodeAutoRepair: MisconfigCheck = {
  id: 'PAL-TF-134',
  slug: 'gke-node-auto-repair',
  platform: 'terraform',
  title: 'GKE node pool auto-repair is disabled',
  severity: 'low',
  description: 'Unhealthy nodes stay in service instead of being recreated.',
  remediation: 'Set management { auto_repair = true }.',
  references: [
    'https://registry.terraform.io/providers/hashicorp/google/latest/docs/resources/container_node_pool',
  ],
  kics: ['Google Container Node Pool Auto Repair Disabled'],
  resourceTypes: ['google_container_node_pool'],
  evaluate: h.requireSetting(['management', 0, 'auto_repair'], (v) => !h.isFalse(v), {
    flagMissing: false,
    bad: 'management.auto_repair is false',
  }),
};
