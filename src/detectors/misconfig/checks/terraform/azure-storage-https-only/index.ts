import type { MisconfigCheck } from '../../../check.js';
import * as h from '../helpers.js';

// HTTP traffic to the storage account is unencrypted.
export const azureStorageHttpsOnly: MisconfigCheck = {
  id: 'PAL-TF-085',
  slug: 'azure-storage-https-only',
  platform: 'terraform',
  title: 'Azure storage account allows HTTP',
  severity: 'high',
  description: 'HTTP traffic to the storage account is unencrypted.',
  remediation: 'Set https_traffic_only_enabled (enable_https_traffic_only) = true.',
  references: [
    'https://registry.terraform.io/providers/hashicorp/azurerm/latest/docs/resources/storage_account',
    'CIS Microsoft Azure Foundations 3.1',
  ],
  kics: [],
  resourceTypes: ['azurerm_storage_account'],
  evaluate: h.requireSetting(['enable_https_traffic_only'], (v) => !h.isFalse(v), {
    flagMissing: false,
    bad: 'enable_https_traffic_only is false',
  }),
};
