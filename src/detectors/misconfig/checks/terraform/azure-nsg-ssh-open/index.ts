import type { MisconfigCheck } from '../../../check.js';
import * as h from '../helpers.js';

// An inbound Allow rule from any source to port 22 exposes the VM to internet brute force.
export const azureNsgSshOpen: MisconfigCheck = {
  id: 'PAL-TF-089',
  slug: 'azure-nsg-ssh-open',
  platform: 'terraform',
  title: 'Azure NSG rule allows SSH from the internet',
  severity: 'high',
  description: 'An inbound Allow rule from any source to port 22 exposes the VM to internet brute force.',
  remediation: 'Restrict source_address_prefix to trusted ranges or use Azure Bastion / just-in-time access.',
  references: [
    'https://registry.terraform.io/providers/hashicorp/azurerm/latest/docs/resources/network_security_rule',
    'CIS Microsoft Azure Foundations 6.2',
  ],
  kics: [],
  resourceTypes: ['azurerm_network_security_rule', 'azurerm_network_security_group'],
  evaluate: (r) => h.azureNsgOpenPort(r, 22),
};
