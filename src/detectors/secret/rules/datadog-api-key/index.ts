import type { SecretRule } from '../../rule.js';

/**
 * Datadog API key. API keys (32 hex) submit metrics and logs; found next to DD_API_KEY/datadog settings.
 * https://docs.datadoghq.com/account_management/api-app-keys/#api-keys
 */
export const rule: SecretRule = {
  id: 'datadog-api-key',
  title: 'Datadog API key',
  severity: 'high',
  keywords: ['datadog', 'dd_', 'dd-'],
  regex:
    /(?<![a-z0-9])(?:(?:datadog|dd)[_.\-]?(?:[\w.\-]{0,16}?[_.\-])?api[_.\-]?key)[\w.\-]{0,30}?["'\]]{0,2}[ \t]{0,16}(?:=>|:=|\|\|=|=|:|,)[ \t]{0,4}["'\x60]?[ \t]{0,2}([a-f0-9]{32})(?![\w\-])/i,
  entropy: 3,
  docs: 'https://docs.datadoghq.com/account_management/api-app-keys/#api-keys',
  remediation:
    'Revoke the credential in Datadog, issue a new one, and load it from a secret store or environment variable instead of the source.',
  examples: {
    positive: [
      'DD_API_KEY=2e4d2257c6b7c507847e7270fb657add',
      'datadog_api_key: "2c39bf587d216a8524447ca200e75337"',
      'docker run -e DD-API-KEY=1d14c9d95a6802e081f4ef9c789a67ed datadog/agent',
    ],
    negative: [
      'DD_API_KEY=<DATADOG_API_KEY>',
      'DD_API_KEY=00000000000000000000000000000000',
      'odd_api_key = 9ed1cb7f872660d5aab30daec97f4b5a',
    ],
  },
};
