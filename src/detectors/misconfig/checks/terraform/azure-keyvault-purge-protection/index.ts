import type { MisconfigCheck } from '../../../check.js';
import * as h from '../helpers.js';

// A deleted vault and its keys can be purged immediately, destroying encrypted data for good.
export const azureKeyvaultPurgeProtection: MisconfigCheck = {
  id: 'PAL-TF-096',
  slug: 'azure-keyvault-purge-protection',
  platform: 'terraform',
  title: 'Key Vault purge protection is disabled',
  severity: 'medium',
  description: 'A deleted vault and its keys can be purged immediately, destroying encrypted data for good.',
  remediation: 'Set purge_protection_enabled = true.',
  references: [
    'https://registry.terraform.io/providers/hashicorp/azurerm/latest/docs/resources/key_vault',
    'CIS Microsoft Azure Foundations 8.5',
  ],
  kics: [],
  resourceTypes: ['azurerm_key_vault'],
  evaluate: h.requireSetting(['purge_protection_enabled'], (v) => h.isTrue(v), {
    flagMissing: true,
    bad: 'purge_protection_enabled is false',
    missing: 'purge_protection_enabled is not set',
  }),
};
