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
  evaluate: (r) => {
    const rules: { v: unknown; base: h.Path }[] =
      r.type === 'azurerm_network_security_rule'
        ? [{ v: r.value, base: [] }]
        : h.asArray(h.get(r.value, ['security_rule'])).map((v, i) => ({ v, base: ['security_rule', i] }));
    const out: h.Result[] = [];
    for (const { v, base } of rules) {
      if (
        String(h.get(v, ['direction'])).toLowerCase() !== 'inbound' ||
        String(h.get(v, ['access'])).toLowerCase() !== 'allow'
      )
        continue;
      if (!['tcp', '*'].includes(String(h.get(v, ['protocol']) ?? '*').toLowerCase())) continue;
      const src = [h.get(v, ['source_address_prefix']), ...h.asArray(h.get(v, ['source_address_prefixes']))];
      if (!src.some((s) => h.isWorldCidr(s) || s === '0.0.0.0')) continue;
      const ranges = [
        h.get(v, ['destination_port_range']),
        ...h.asArray(h.get(v, ['destination_port_ranges'])),
      ]
        .filter((x) => x !== undefined)
        .map(String);
      const hit = ranges.some((p) => h.portSpecIncludes(p, 3389));
      if (hit)
        out.push({
          message: `${r.name}: port 3389 open to the internet`,
          at: [
            ...base,
            h.get(v, ['destination_port_range']) !== undefined
              ? 'destination_port_range'
              : 'destination_port_ranges',
          ],
        });
    }
    return out;
  },
};
