import type { MisconfigCheck } from '../../../check.js';
import * as h from '../helpers.js';

// Ingress from 0.0.0.0/0 to port 22 exposes instances to internet brute force.
export const gcpFirewallSshOpen: MisconfigCheck = {
  id: 'PAL-TF-107',
  slug: 'gcp-firewall-ssh-open',
  platform: 'terraform',
  title: 'GCP firewall allows SSH from the internet',
  severity: 'high',
  description: 'Ingress from 0.0.0.0/0 to port 22 exposes instances to internet brute force.',
  remediation: 'Restrict source_ranges, or use IAP TCP forwarding (35.235.240.0/20).',
  references: [
    'https://registry.terraform.io/providers/hashicorp/google/latest/docs/resources/compute_firewall',
    'CIS Google Cloud Platform Foundation 3.6',
  ],
  kics: [],
  resourceTypes: ['google_compute_firewall'],
  evaluate: (r) => h.gcpFirewallOpenPort(r, 22),
};
