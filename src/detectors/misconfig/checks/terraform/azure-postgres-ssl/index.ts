import type { MisconfigCheck } from '../../../check.js';
import * as h from '../helpers.js';

// Clients may connect without TLS.
export const azurePostgresSsl: MisconfigCheck = {
  id: 'PAL-TF-101',
  slug: 'azure-postgres-ssl',
  platform: 'terraform',
  title: 'Azure PostgreSQL server does not enforce SSL',
  severity: 'medium',
  description: 'Clients may connect without TLS.',
  remediation: 'Set ssl_enforcement_enabled = true.',
  references: [
    'https://registry.terraform.io/providers/hashicorp/azurerm/latest/docs/resources/postgresql_server',
    'CIS Microsoft Azure Foundations 4.3.1',
  ],
  kics: ["Ensure 'Enforce SSL connection' is set to 'ENABLED' for PostgreSQL Database Server"],
  resourceTypes: ['azurerm_postgresql_server'],
  evaluate: h.requireSetting(['ssl_enforcement_enabled'], (v) => h.isTrue(v), {
    flagMissing: true,
    bad: 'ssl_enforcement_enabled is false',
    missing: 'ssl_enforcement_enabled is not set',
  }),
};
