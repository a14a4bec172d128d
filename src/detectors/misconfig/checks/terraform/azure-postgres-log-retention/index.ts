import type { MisconfigCheck } from '../../../check.js';
import * as h from '../helpers.js';

// With log_retention off, PostgreSQL logs are not kept for investigation.
export const azurePostgresLogRetention: MisconfigCheck = {
  id: 'PAL-TF-143',
  slug: 'azure-postgres-log-retention',
  platform: 'terraform',
  title: 'Azure PostgreSQL log_retention is off',
  severity: 'medium',
  description: 'With log_retention off, PostgreSQL logs are not kept for investigation.',
  remediation: 'Set the log_retention server parameter to "on".',
  references: [
    'https://registry.terraform.io/providers/hashicorp/azurerm/latest/docs/resources/postgresql_configuration',
    'CIS Microsoft Azure Foundations 4.3',
  ],
  kics: ['Log Retention Is Not Set'],
  resourceTypes: ['azurerm_postgresql_configuration'],
  evaluate: (r) =>
    h.get(r.value, ['name']) === 'log_retention' && /^off$/i.test(String(h.get(r.value, ['value'])))
      ? [{ message: `${r.name}: log_retention is off`, at: ['value'] }]
      : [],
};
