import type { SecretRule } from '../../rule.js';

/**
 * Grafana Cloud access policy token. Cloud access policy tokens: `glc_` + base64 JSON.
 * https://grafana.com/docs/grafana-cloud/account-management/authentication-and-permissions/access-policies/
 */
export const rule: SecretRule = {
  id: 'grafana-cloud-api-token',
  title: 'Grafana Cloud access policy token',
  severity: 'high',
  keywords: ['glc_'],
  regex: /(?<![\w-])(glc_eyJ[A-Za-z0-9+/=_-]{32,400})(?![A-Za-z0-9+/=_-])/,
  entropy: 4,
  docs: 'https://grafana.com/docs/grafana-cloud/account-management/authentication-and-permissions/access-policies/',
  remediation:
    'Revoke the credential in Grafana Cloud, issue a new one, and load it from a secret store or environment variable instead of the source.',
  examples: {
    positive: [
      'GRAFANA_CLOUD_TOKEN=glc_eyJkeGyg109G1hBJAInGtLo51gl+ZerRYBMEClO0IEVF0m4ILve+sBvFRoHQwybSrUDkIEshmhHaPYw8HgXpXL5OspU9DP27QYbxyORk3HVud9eGQDfRtxtvqAR==',
      "token: 'glc_eyJQ0hGiGwMHpiVAtKOwXy0APly2ouaMHwb0TtjkajWaiTeW1sSqzYK3XmclmBdV56GbcPCoDq2DYYHoLBfyfOpsj8hpbIX3lAt17Ad'",
    ],
    negative: ['GRAFANA_CLOUD_TOKEN=glc_eyJ...', 'glc_RzYTGWkd2hAVcF7K1JdckLbbZ9E9K7UZshFoBLik'],
  },
};
