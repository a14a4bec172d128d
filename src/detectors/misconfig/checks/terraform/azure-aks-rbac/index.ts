import type { MisconfigCheck } from '../../../check.js';
import * as h from '../helpers.js';

// Without RBAC every authenticated user has full cluster access.
export const azureAksRbac: MisconfigCheck = {
  id: 'PAL-TF-093',
  slug: 'azure-aks-rbac',
  platform: 'terraform',
  title: 'AKS role-based access control is disabled',
  severity: 'high',
  description: 'Without RBAC every authenticated user has full cluster access.',
  remediation: 'Set role_based_access_control_enabled = true.',
  references: [
    'https://registry.terraform.io/providers/hashicorp/azurerm/latest/docs/resources/kubernetes_cluster',
  ],
  kics: [],
  resourceTypes: ['azurerm_kubernetes_cluster'],
  evaluate: h.requireSetting(['role_based_access_control_enabled'], (v) => !h.isFalse(v), {
    flagMissing: false,
    bad: 'role_based_access_control_enabled is false',
  }),
};
