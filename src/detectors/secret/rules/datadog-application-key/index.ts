import type { SecretRule } from '../../rule.js';

/**
 * Datadog application key. Application keys (40 hex) read and change the organisation through the API.
 * https://docs.datadoghq.com/account_management/api-app-keys/#application-keys
 */
export const rule: SecretRule = {
  id: 'datadog-application-key',
  title: 'Datadog application key',
  severity: 'high',
  keywords: ['datadog', 'dd_'],
  regex:
    /(?<![a-z0-9])(?:(?:datadog|dd)[_.\-]?(?:[\w.\-]{0,16}?[_.\-])?app(?:lication)?[_.\-]?key)[\w.\-]{0,30}?["'\]]{0,2}[ \t]{0,16}(?:=>|:=|\|\|=|=|:|,)[ \t]{0,4}["'\x60]?[ \t]{0,2}([a-f0-9]{40})(?![\w\-])/i,
  entropy: 3,
  docs: 'https://docs.datadoghq.com/account_management/api-app-keys/#application-keys',
  remediation:
    'Revoke the credential in Datadog, issue a new one, and load it from a secret store or environment variable instead of the source.',
  examples: {
    positive: [
      'DD_APP_KEY=b03b8ba66fbc3068bacdc6c93af01f1c53eef7cf',
      'datadog_application_key = "3e7f81b3ddf107f97dea9ca32298267adaf0c46d"',
    ],
    negative: ['DD_APP_KEY=${DD_APP_KEY}', 'DD_APP_KEY=508c4a101d6b5143f3c81714283a97a8'],
  },
};
