import type { MisconfigCheck } from '../../../check.js';
import * as h from '../helpers.js';

// The server is reachable from the internet (the default).
export const azureMysqlPublic: MisconfigCheck = {
  id: 'PAL-TF-139',
  slug: 'azure-mysql-public',
  platform: 'terraform',
  title: 'Azure MySQL server allows public network access',
  severity: 'high',
  description: 'The server is reachable from the internet (the default).',
  remediation: 'Set public_network_access_enabled = false.',
  references: [
    'https://registry.terraform.io/providers/hashicorp/azurerm/latest/docs/resources/mysql_server',
  ],
  kics: ['MySQL Server Public Access Enabled'],
  resourceTypes: ['azurerm_mysql_server'],
  evaluate: h.requireSetting(['public_network_access_enabled'], (v) => !h.isTrue(v), {
    flagMissing: true,
    bad: 'public_network_access_enabled is true',
    missing: 'public_network_access_enabled is not set',
  }),
};
