import type { SecretRule } from '../../rule.js';

/**
 * Prefect Cloud API key. User (`pnu_`) and service-account (`pnb_`) API keys + 36 alphanumerics.
 * https://docs.prefect.io/v3/manage/cloud/manage-users/api-keys
 */
export const rule: SecretRule = {
  id: 'prefect-api-key',
  title: 'Prefect Cloud API key',
  severity: 'high',
  keywords: ['pnu_', 'pnb_'],
  regex: /(?<![\w-])(pn[ub]_[A-Za-z0-9]{36})(?![A-Za-z0-9])/,
  entropy: 3.5,
  docs: 'https://docs.prefect.io/v3/manage/cloud/manage-users/api-keys',
  remediation:
    'Revoke the credential in Prefect, issue a new one, and load it from a secret store or environment variable instead of the source.',
  examples: {
    positive: [
      'PREFECT_API_KEY=pnu_ltGoZzJaUkhL8MDmDCxkkmUSJnG3KdXHNhfV',
      'prefect cloud login -k pnb_ifYgn6LIOVlwUjwvY9pWf3GrMeRsIDHsUmBU',
    ],
    negative: ['PREFECT_API_KEY = "pnu_XXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX"', 'pnu_fm2vtqW4Ynx2DD8i4WXC'],
  },
};
