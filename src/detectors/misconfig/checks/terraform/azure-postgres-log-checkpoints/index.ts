import type { MisconfigCheck } from '../../../check.js';
import * as h from '../helpers.js';

// Checkpoint logs help spot performance problems and tampering.
export const azurePostgresLogCheckpoints: MisconfigCheck = {
  id: 'PAL-TF-145',
  slug: 'azure-postgres-log-checkpoints',
  platform: 'terraform',
  title: 'Azure PostgreSQL log_checkpoints is off',
  severity: 'medium',
  description: 'Checkpoint logs help spot performance problems and tampering.',
  remediation: 'Set the log_checkpoints server parameter to "on".',
  references: [
    'https://registry.terraform.io/providers/hashicorp/azurerm/latest/docs/resources/postgresql_configuration',
    'CIS Microsoft Azure Foundations 4.3',
  ],
  kics: [],
  resourceTypes: ['azurerm_postgresql_configuration'],
  evaluate: (r) =>
    h.get(r.value, ['name']) === 'log_checkpoints' && /^off$/i.test(String(h.get(r.value, ['value'])))
      ? [{ message: `${r.name}: log_checkpoints is off`, at: ['value'] }]
      : [],
};
