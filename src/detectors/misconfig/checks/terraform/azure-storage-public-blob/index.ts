import type { MisconfigCheck } from '../../../check.js';
import * as h from '../helpers.js';

// Containers in the account can be made anonymously readable.
export const azureStoragePublicBlob: MisconfigCheck = {
  id: 'PAL-TF-087',
  slug: 'azure-storage-public-blob',
  platform: 'terraform',
  title: 'Azure storage account allows public blob access',
  severity: 'high',
  description: 'Containers in the account can be made anonymously readable.',
  remediation: 'Set allow_nested_items_to_be_public = false.',
  references: [
    'https://registry.terraform.io/providers/hashicorp/azurerm/latest/docs/resources/storage_account',
    'CIS Microsoft Azure Foundations 3.7',
  ],
  kics: ['Public Storage Account'],
  resourceTypes: ['azurerm_storage_account'],
  evaluate: h.requireSetting(['allow_nested_items_to_be_public'], (v) => !h.isTrue(v), {
    flagMissing: false,
    bad: 'allow_nested_items_to_be_public is true',
  }),
};
