import type { MisconfigCheck } from '../../../check.js';
import * as h from '../helpers.js';

// TLS 1.0/1.1 are deprecated and weak.
export const azureStorageMinTls: MisconfigCheck = {
  id: 'PAL-TF-086',
  slug: 'azure-storage-min-tls',
  platform: 'terraform',
  title: 'Azure storage account allows TLS below 1.2',
  severity: 'medium',
  description: 'TLS 1.0/1.1 are deprecated and weak.',
  remediation: 'Set min_tls_version = "TLS1_2".',
  references: [
    'https://registry.terraform.io/providers/hashicorp/azurerm/latest/docs/resources/storage_account',
    'CIS Microsoft Azure Foundations 3.15',
  ],
  kics: ['Storage Account Not Using Latest TLS Encryption Version'],
  resourceTypes: ['azurerm_storage_account'],
  evaluate: h.requireSetting(['min_tls_version'], (v) => v === 'TLS1_2' || v === 'TLS1_3', {
    flagMissing: false,
    bad: 'min_tls_version is "TLS1_0"',
  }),
};
