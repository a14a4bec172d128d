import type { SecretRule } from '../../rule.js';

/**
 * Grafana legacy API key. Legacy API keys are base64 of `{"k":…,"n":…,"id":…}`.
 * https://grafana.com/docs/grafana/latest/administration/service-accounts/migrate-api-keys/
 */
export const rule: SecretRule = {
  id: 'grafana-api-key',
  title: 'Grafana legacy API key',
  severity: 'high',
  keywords: ['eyjrijoi'],
  regex: /(?<![\w+/-])(eyJrIjoi[A-Za-z0-9+/]{60,110}={0,2})(?![A-Za-z0-9+/=])/,
  entropy: 4,
  docs: 'https://grafana.com/docs/grafana/latest/administration/service-accounts/migrate-api-keys/',
  remediation:
    'Revoke the credential in Grafana, issue a new one, and load it from a secret store or environment variable instead of the source.',
  examples: {
    positive: [
      'GRAFANA_API_KEY=eyJrIjoin5wBndKib1bOizPI/dbumevPG3GaKiB6vX+GVZBU9iiDtVVkPXnJTgAWn8piMRn/FHZrfGgKB5NTd9ox',
      'Authorization: Bearer eyJrIjoi7BIdwAQKglz0ThKa7ARgOoEK37iEywWlVZZsfiUzM3n9Alc18X9tLm3qPJBmbcXBBABEBzZUJl3U==',
    ],
    negative: ['GRAFANA_API_KEY=eyJrIjoi', 'eyJrIjoiCEdCyHirPIWQXi8W2V0T'],
  },
};
