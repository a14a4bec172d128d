import type { MisconfigCheck } from '../../../check.js';
import * as h from '../helpers.js';

// Disk encryption settings turned off leave data unprotected by your keys.
export const azureManagedDiskEncryption: MisconfigCheck = {
  id: 'PAL-TF-099',
  slug: 'azure-managed-disk-encryption',
  platform: 'terraform',
  title: 'Azure managed disk encryption is disabled',
  severity: 'medium',
  description: 'Disk encryption settings turned off leave data unprotected by your keys.',
  remediation: 'Enable encryption_settings or use a disk encryption set.',
  references: [
    'https://registry.terraform.io/providers/hashicorp/azurerm/latest/docs/resources/managed_disk',
    'CIS Microsoft Azure Foundations 7.2',
  ],
  kics: ['Encryption On Managed Disk Disabled'],
  resourceTypes: ['azurerm_managed_disk'],
  evaluate: h.requireSetting(['encryption_settings', 0, 'enabled'], (v) => !h.isFalse(v), {
    flagMissing: false,
    bad: 'encryption_settings.enabled is false',
  }),
};
