import type { SecretRule } from '../../rule.js';

/**
 * Yandex Cloud API key. Service-account API keys start with `AQVN`.
 * https://yandex.cloud/en/docs/iam/concepts/authorization/api-key
 */
export const rule: SecretRule = {
  id: 'yandex-cloud-api-key',
  title: 'Yandex Cloud API key',
  severity: 'high',
  keywords: ['aqvn'],
  regex: /(?<![\w-])(AQVN[A-Za-z0-9_-]{35,38})(?![\w-])/,
  entropy: 3.5,
  docs: 'https://yandex.cloud/en/docs/iam/concepts/authorization/api-key',
  remediation:
    'Revoke the credential in Yandex Cloud, issue a new one, and load it from a secret store or environment variable instead of the source.',
  examples: {
    positive: [
      'YC_API_KEY=AQVNQIN5YzT_jYc7wWcilIQIiYrBOuGqe28IxaM_',
      'Authorization: Api-Key AQVNiYZOBqQn7cfM0FEM8qzyvenKAduy9kbd8drG',
    ],
    negative: ['YC_API_KEY=AQVN...', 'AQVNu3uLNRNdsK'],
  },
};
