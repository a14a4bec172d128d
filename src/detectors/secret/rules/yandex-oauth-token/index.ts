import type { SecretRule } from '../../rule.js';

/**
 * Yandex OAuth token. OAuth tokens: `y0_`…`y3_` + 55 characters.
 * https://yandex.cloud/en/docs/iam/concepts/authorization/oauth-token
 */
export const rule: SecretRule = {
  id: 'yandex-oauth-token',
  title: 'Yandex OAuth token',
  severity: 'high',
  keywords: ['yandex', 'y0_'],
  regex: /(?<![\w-])(y[0-3]_[A-Za-z0-9_-]{55})(?![\w-])/,
  entropy: 4,
  docs: 'https://yandex.cloud/en/docs/iam/concepts/authorization/oauth-token',
  remediation:
    'Revoke the credential in Yandex, issue a new one, and load it from a secret store or environment variable instead of the source.',
  examples: {
    positive: [
      'YANDEX_OAUTH_TOKEN=y0_aCJg3LfMZe8_NAsAx5B44c8HcRQJnOSNvMlM84pJGm6QGyN9pU-BEx3',
      'yc config set token y0_NTqLweZXl2Z_vGbIqgK1Pog70k7wlrVCWRGgAJrVl1Rj4UQhb0OGP67',
    ],
    negative: ['YANDEX_OAUTH_TOKEN=y0_...', 'y0_GxjvZhHC-10WBPVHqfv4'],
  },
};
