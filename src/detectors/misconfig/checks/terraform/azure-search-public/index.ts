import type { MisconfigCheck } from '../../../check.js';
import * as h from '../helpers.js';

// The search service is reachable from the internet (the default).
export const azureSearchPublic: MisconfigCheck = {
  id: 'PAL-TF-141',
  slug: 'azure-search-public',
  platform: 'terraform',
  title: 'Azure Cognitive Search allows public network access',
  severity: 'medium',
  description: 'The search service is reachable from the internet (the default).',
  remediation: 'Set public_network_access_enabled = false and use private endpoints.',
  references: [
    'https://registry.terraform.io/providers/hashicorp/azurerm/latest/docs/resources/search_service',
  ],
  kics: ['Azure Cognitive Search Public Network Access Enabled'],
  resourceTypes: ['azurerm_search_service'],
  evaluate: h.requireSetting(['public_network_access_enabled'], (v) => !h.isTrue(v), {
    flagMissing: true,
    bad: 'public_network_access_enabled is true',
    missing: 'public_network_access_enabled is not set',
  }),
};
