import type { MisconfigCheck } from '../../../check.js';
import * as h from '../helpers.js';

// IP forwarding lets the instance route traffic it did not originate, a spoofing vector.
export const gcpComputeIpForwarding: MisconfigCheck = {
  id: 'PAL-TF-115',
  slug: 'gcp-compute-ip-forwarding',
  platform: 'terraform',
  title: 'Compute instance has IP forwarding enabled',
  severity: 'medium',
  description: 'IP forwarding lets the instance route traffic it did not originate, a spoofing vector.',
  remediation: 'Set can_ip_forward = false.',
  references: [
    'https://registry.terraform.io/providers/hashicorp/google/latest/docs/resources/compute_instance',
    'CIS Google Cloud Platform Foundation 4.6',
  ],
  kics: ['IP Forwarding Enabled'],
  resourceTypes: ['google_compute_instance'],
  evaluate: h.requireSetting(['can_ip_forward'], (v) => !h.isTrue(v), {
    flagMissing: false,
    bad: 'can_ip_forward is true',
  }),
};
