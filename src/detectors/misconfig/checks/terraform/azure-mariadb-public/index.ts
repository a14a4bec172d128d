import type { MisconfigCheck } from '../../../check.js';
import * as h from '../helpers.js';

// The server is reachable from the internet (the default).
export const azureMariadbPublic: MisconfigCheck = {
  id: 'PAL-TF-140',
  slug: 'azure-mariadb-public',
  platform: 'terraform',
  title: 'Azure MariaDB server allows public network access',
  severity: 'high',
  description: 'The server is reachable from the internet (the default).',
  remediation: 'Set public_network_access_enabled = false.',
  references: [
    'https://registry.terraform.io/providers/hashicorp/azurerm/latest/docs/resources/mariadb_server',
  ],
  kics: ['MariaDB Server Public Network Access Enabled'],
  resourceTypes: ['azurerm_mariadb_server'],
  evaluate: h.requireSetting(['public_network_access_enabled'], (v) => !h.isTrue(v), {
    flagMissing: true,
    bad: 'public_network_access_enabled is true',
    missing: 'public_network_access_enabled is not set',
  }),
};
