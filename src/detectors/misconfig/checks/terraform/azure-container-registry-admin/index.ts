import type { MisconfigCheck } from '../../../check.js';
import * as h from '../helpers.js';

// The admin account is a shared credential with full push/pull rights.
export const azureContainerRegistryAdmin: MisconfigCheck = {
  id: 'PAL-TF-103',
  slug: 'azure-container-registry-admin',
  platform: 'terraform',
  title: 'Container registry admin user is enabled',
  severity: 'medium',
  description: 'The admin account is a shared credential with full push/pull rights.',
  remediation: 'Set admin_enabled = false and use Azure AD identities.',
  references: [
    'https://registry.terraform.io/providers/hashicorp/azurerm/latest/docs/resources/container_registry',
  ],
  kics: ['Admin User Enabled For Container Registry'],
  resourceTypes: ['azurerm_container_registry'],
  evaluate: h.requireSetting(['admin_enabled'], (v) => !h.isTrue(v), {
    flagMissing: false,
    bad: 'admin_enabled is true',
  }),
};
