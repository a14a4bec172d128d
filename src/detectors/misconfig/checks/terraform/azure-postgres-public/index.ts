import type { MisconfigCheck } from '../../../check.js';
import * as h from '../helpers.js';

// The server is reachable from the internet (the default).
export const azurePostgresPublic: MisconfigCheck = {
  id: 'PAL-TF-102',
  slug: 'azure-postgres-public',
  platform: 'terraform',
  title: 'Azure PostgreSQL server allows public network access',
  severity: 'high',
  description: 'The server is reachable from the internet (the default).',
  remediation: 'Set public_network_access_enabled = false.',
  references: [
    'https://registry.terraform.io/providers/hashicorp/azurerm/latest/docs/resources/postgresql_server',
  ],
  kics: ['Ensure that PostgreSQL server disables public network access'],
  resourceTypes: ['azurerm_postgresql_server'],
  evaluate: h.requireSetting(['public_network_access_enabled'], (v) => !h.isTrue(v), {
    flagMissing: true,
    bad: 'public_network_access_enabled is true',
    missing: 'public_network_access_enabled is not set',
  }),
};
