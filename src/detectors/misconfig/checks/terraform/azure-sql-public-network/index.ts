import type { MisconfigCheck } from '../../../check.js';
import * as h from '../helpers.js';

// The server accepts connections from the internet (the default).
export const azureSqlPublicNetwork: MisconfigCheck = {
  id: 'PAL-TF-091',
  slug: 'azure-sql-public-network',
  platform: 'terraform',
  title: 'Azure SQL server allows public network access',
  severity: 'high',
  description: 'The server accepts connections from the internet (the default).',
  remediation: 'Set public_network_access_enabled = false and use private endpoints.',
  references: [
    'https://registry.terraform.io/providers/hashicorp/azurerm/latest/docs/resources/mssql_server',
  ],
  kics: ['MSSQL Server Public Network Access Enabled'],
  resourceTypes: ['azurerm_mssql_server'],
  evaluate: h.requireSetting(['public_network_access_enabled'], (v) => !h.isTrue(v), {
    flagMissing: true,
    bad: 'public_network_access_enabled is true',
    missing: 'public_network_access_enabled is not set',
  }),
};
