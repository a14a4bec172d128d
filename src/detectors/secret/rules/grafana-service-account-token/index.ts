import type { SecretRule } from '../../rule.js';

/**
 * Grafana service account token. Service account tokens: `glsa_` + 32 alphanumerics + `_` + 8-hex checksum.
 * https://grafana.com/docs/grafana/latest/administration/service-accounts/
 */
export const rule: SecretRule = {
  id: 'grafana-service-account-token',
  title: 'Grafana service account token',
  severity: 'high',
  keywords: ['glsa_'],
  regex: /(?<![\w-])(glsa_[A-Za-z0-9]{32}_[A-Fa-f0-9]{8})(?![A-Za-z0-9])/,
  entropy: 3.5,
  docs: 'https://grafana.com/docs/grafana/latest/administration/service-accounts/',
  remediation:
    'Revoke the credential in Grafana, issue a new one, and load it from a secret store or environment variable instead of the source.',
  examples: {
    positive: [
      'GRAFANA_TOKEN=glsa_nO7ehbw9eAWE2NIxfsIJDQJz9q5pdBt3_025168e0',
      'Authorization: Bearer glsa_qLuRZXB3HZlw6h1U0ULSe2wPaonBbIGF_a8f0e77c',
    ],
    negative: [
      'GRAFANA_TOKEN=glsa_ZQirKoiWqBMUDDknVMB9lCmMpgWDZkfV',
      'glsa_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx_xxxxxxxx',
    ],
  },
};
