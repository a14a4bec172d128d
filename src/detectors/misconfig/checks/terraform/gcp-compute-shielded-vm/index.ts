import type { MisconfigCheck } from '../../../check.js';
import * as h from '../helpers.js';

// Without secure boot and integrity monitoring, boot-level malware goes undetected.
export const gcpComputeShieldedVm: MisconfigCheck = {
  id: 'PAL-TF-135',
  slug: 'gcp-compute-shielded-vm',
  platform: 'terraform',
  title: 'Compute instance Shielded VM features are off',
  severity: 'medium',
  description: 'Without secure boot and integrity monitoring, boot-level malware goes undetected.',
  remediation:
    'Add shielded_instance_config { enable_secure_boot = true, enable_vtpm = true, enable_integrity_monitoring = true }.',
  references: [
    'https://registry.terraform.io/providers/hashicorp/google/latest/docs/resources/compute_instance',
    'CIS Google Cloud Platform Foundation 4.8',
  ],
  kics: ['Shielded VM Disabled'],
  resourceTypes: ['google_compute_instance'],
  evaluate: h.requireSetting(['shielded_instance_config', 0, 'enable_secure_boot'], (v) => h.isTrue(v), {
    flagMissing: true,
    bad: 'shielded_instance_config.enable_secure_boot is false',
    missing: 'shielded_instance_config.enable_secure_boot is not set',
  }),
};
