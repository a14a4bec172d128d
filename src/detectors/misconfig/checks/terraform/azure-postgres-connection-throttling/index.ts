import type { MisconfigCheck } from '../../../check.js';
import * as h from '../helpers.js';

// Without connection throttling, password guessing and connection floods are not slowed down.
export const azurePostgresConnectionThrottling: MisconfigCheck = {
  id: 'PAL-TF-144',
  slug: 'azure-postgres-connection-throttling',
  platform: 'terraform',
  title: 'Azure PostgreSQL connection throttling is off',
  severity: 'medium',
  description: 'Without connection throttling, password guessing and connection floods are not slowed down.',
  remediation: 'Set the connection_throttling server parameter to "on".',
  references: [
    'https://registry.terraform.io/providers/hashicorp/azurerm/latest/docs/resources/postgresql_configuration',
    'CIS Microsoft Azure Foundations 4.3',
  ],
  kics: ['PostgreSQL Server Without Connection Throttling'],
  resourceTypes: ['azurerm_postgresql_configuration'],
  evaluate: (r) =>
    h.get(r.value, ['name']) === 'connection_throttling' && /^off$/i.test(String(h.get(r.value, ['value'])))
      ? [{ message: `${r.name}: connection_throttling is off`, at: ['value'] }]
      : [],
};
