import type { MisconfigCheck } from '../../../check.js';
import * as h from '../helpers.js';

// A storage firewall that allows every network (or an IP rule of 0.0.0.0/0) exposes the account endpoints to the internet.
export const azureStorageNetworkOpen: MisconfigCheck = {
  id: 'PAL-TF-117',
  slug: 'azure-storage-network-open',
  platform: 'terraform',
  title: 'Azure storage account network rules admit the whole internet',
  severity: 'high',
  description:
    'A storage firewall that allows every network (or an IP rule of 0.0.0.0/0) exposes the account endpoints to the internet.',
  remediation: 'Set default_action = "Deny" and list only trusted IP ranges and subnets.',
  references: [
    'https://registry.terraform.io/providers/hashicorp/azurerm/latest/docs/resources/storage_account',
    'CIS Microsoft Azure Foundations 3.8',
  ],
  kics: ['Public Storage Account'],
  resourceTypes: ['azurerm_storage_account', 'azurerm_storage_account_network_rules'],
  evaluate: (r) => {
    const base: h.Path = r.type === 'azurerm_storage_account' ? ['network_rules', 0] : [];
    if (r.type === 'azurerm_storage_account' && h.get(r.value, ['network_rules']) === undefined) return [];
    const rules = h.get(r.value, base);
    if (h.get(rules, ['default_action']) === 'Allow')
      return [{ message: `${r.name}: network default_action is Allow`, at: [...base, 'default_action'] }];
    const ips = h.asArray(h.get(rules, ['ip_rules']));
    const i = ips.findIndex(h.isWorldCidr);
    return i >= 0
      ? [{ message: `${r.name}: ip_rules admit ${String(ips[i])}`, at: [...base, 'ip_rules', i] }]
      : [];
  },
};
