import type { MisconfigCheck } from '../../../check.js';
import * as h from '../helpers.js';

// Without a network policy engine, pods can reach every other pod.
export const azureAksNetworkPolicy: MisconfigCheck = {
  id: 'PAL-TF-094',
  slug: 'azure-aks-network-policy',
  platform: 'terraform',
  title: 'AKS has no network policy',
  severity: 'medium',
  description: 'Without a network policy engine, pods can reach every other pod.',
  remediation: 'Set network_profile { network_policy = "azure" or "calico" }.',
  references: [
    'https://registry.terraform.io/providers/hashicorp/azurerm/latest/docs/resources/kubernetes_cluster',
  ],
  kics: ['AKS Network Policy Misconfigured'],
  resourceTypes: ['azurerm_kubernetes_cluster'],
  evaluate: h.requireSetting(
    ['network_profile', 0, 'network_policy'],
    (v) => v === 'azure' || v === 'calico' || v === 'cilium',
    {
      flagMissing: true,
      bad: 'network_profile.network_policy is ""',
      missing: 'network_profile.network_policy is not set',
    },
  ),
};
