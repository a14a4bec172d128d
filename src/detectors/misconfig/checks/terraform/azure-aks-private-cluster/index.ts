import type { MisconfigCheck } from '../../../check.js';
import * as h from '../helpers.js';

// The API server is reachable from the internet.
export const azureAksPrivateCluster: MisconfigCheck = {
  id: 'PAL-TF-095',
  slug: 'azure-aks-private-cluster',
  platform: 'terraform',
  title: 'AKS API server is public',
  severity: 'medium',
  description: 'The API server is reachable from the internet.',
  remediation: 'Set private_cluster_enabled = true (or authorized IP ranges).',
  references: [
    'https://registry.terraform.io/providers/hashicorp/azurerm/latest/docs/resources/kubernetes_cluster',
  ],
  kics: ['AKS Private Cluster Disabled'],
  resourceTypes: ['azurerm_kubernetes_cluster'],
  evaluate: h.requireSetting(['private_cluster_enabled'], (v) => h.isTrue(v), {
    flagMissing: true,
    bad: 'private_cluster_enabled is false',
    missing: 'private_cluster_enabled is not set',
  }),
};
