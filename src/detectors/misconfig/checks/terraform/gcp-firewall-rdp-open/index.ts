import type { MisconfigCheck } from '../../../check.js';
import * as h from '../helpers.js';

// Ingress from 0.0.0.0/0 to port 3389 exposes instances to internet brute force.
export const gcpFirewallRdpOpen: MisconfigCheck = {
  id: 'PAL-TF-108',
  slug: 'gcp-firewall-rdp-open',
  platform: 'terraform',
  title: 'GCP firewall allows RDP from the internet',
  severity: 'high',
  description: 'Ingress from 0.0.0.0/0 to port 3389 exposes instances to internet brute force.',
  remediation: 'Restrict source_ranges, or use IAP TCP forwarding (35.235.240.0/20).',
  references: [
    'https://registry.terraform.io/providers/hashicorp/google/latest/docs/resources/compute_firewall',
    'CIS Google Cloud Platform Foundation 3.7',
  ],
  kics: ['RDP Access Is Not Restricted'],
  resourceTypes: ['google_compute_firewall'],
  evaluate: (r) => h.gcpFirewallOpenPort(r, 3389),
};
