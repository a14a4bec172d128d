import type { MisconfigCheck } from '../../../check.js';
import * as h from '../helpers.js';

// The account is reachable from any network.
export const azureStorageNetworkDefaultDeny: MisconfigCheck = {
  id: 'PAL-TF-088',
  slug: 'azure-storage-network-default-deny',
  platform: 'terraform',
  title: 'Azure storage account network rules allow all networks',
  severity: 'medium',
  description: 'The account is reachable from any network.',
  remediation: 'Set default_action = "Deny" and list allowed networks.',
  references: [
    'https://registry.terraform.io/providers/hashicorp/azurerm/latest/docs/resources/storage_account_network_rules',
    'CIS Microsoft Azure Foundations 3.8',
  ],
  kics: [],
  resourceTypes: ['azurerm_storage_account_network_rules'],
  evaluate: h.requireSetting(['default_action'], (v) => v === 'Deny', {
    flagMissing: false,
    bad: 'default_action is "Allow"',
  }),
};
