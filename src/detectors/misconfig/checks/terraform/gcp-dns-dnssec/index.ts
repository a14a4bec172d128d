import type { MisconfigCheck } from '../../../check.js';
import * as h from '../helpers.js';

const dnssec = h.requireSetting(['dnssec_config', 0, 'state'], (v) => v === 'on' || v === 'transfer', {
  flagMissing: true,
  bad: 'dnssec_config.state is off',
  missing: 'DNSSEC is not configured (off by default)',
});

// Without DNSSEC, resolvers cannot detect spoofed answers for the zone.
export const gcpDnsDnssec: MisconfigCheck = {
  id: 'PAL-TF-133',
  slug: 'gcp-dns-dnssec',
  platform: 'terraform',
  title: 'Cloud DNS zone has DNSSEC off',
  severity: 'medium',
  description: 'Without DNSSEC, resolvers cannot detect spoofed answers for the zone.',
  remediation: 'Set dnssec_config { state = "on" }.',
  references: [
    'https://registry.terraform.io/providers/hashicorp/google/latest/docs/resources/dns_managed_zone',
    'CIS Google Cloud Platform Foundation 3.3',
  ],
  kics: ['Cloud DNS Without DNSSEC'],
  resourceTypes: ['google_dns_managed_zone'],
  evaluate: (r) => (h.get(r.value, ['visibility']) === 'private' ? [] : dnssec(r)),
};
