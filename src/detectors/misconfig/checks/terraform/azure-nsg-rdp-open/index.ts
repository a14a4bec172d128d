import type { MisconfigCheck } from '../../../check.js';
import * as h from '../helpers.js';

// An inbound Allow rule from any source to port 3389 exposes the VM to internet brute force.
export const azureNsgRdpOpen: MisconfigCheck = {
  id: 'PAL-TF-090',
  slug: 'azure-nsg-rdp-open',
  platform: 'terraform',
  title: 'Azure NSG rule allows RDP from the internet',
  severity: 'high',
  description: 'An inbound Allow rule from any source to port 3389 exposes the VM to internet brute force.',
  remediation: 'Restrict source_address_prefix to trusted ranges or use Azure Bastion / just-in-time access.',
  references: [
    'https://registry.terraform.io/providers/hashicorp/azurerm/latest/docs/resources/network_security_rule',
    'CIS Microsoft Azure Foundations 6.1',
  ],
  kics: ['RDP Is Exposed To The Internet'],
  resourceTypes: ['azurerm_network_security_rule', 'azurerm_network_security_group'],
  evaluate: (r) => h.azureNsgOpenPort(r, 3389),
};
