import type { SecretRule } from '../../rule.js';

/**
 * New Relic Insights insert/query key. Insights insert (`NRII-`) and query (`NRIQ-`) keys.
 * https://docs.newrelic.com/docs/apis/intro-apis/new-relic-api-keys/#insights-insert-key
 */
export const rule: SecretRule = {
  id: 'new-relic-insights-key',
  title: 'New Relic Insights insert/query key',
  severity: 'high',
  keywords: ['nrii-', 'nriq-'],
  regex: /(?<![\w-])(NRI[IQ]-[A-Za-z0-9_-]{32})(?![\w-])/,
  entropy: 3.5,
  docs: 'https://docs.newrelic.com/docs/apis/intro-apis/new-relic-api-keys/#insights-insert-key',
  remediation:
    'Revoke the credential in New Relic, issue a new one, and load it from a secret store or environment variable instead of the source.',
  examples: {
    positive: [
      'NEW_RELIC_INSERT_KEY=NRII-E4t3133yQ9ugN2VP1fD_SO6QaDfCtvid',
      "query_key = 'NRIQ-xaZN2nb14q6Yz342-sHCCW2lGunsw4BH'",
    ],
    negative: ['NEW_RELIC_INSERT_KEY=NRII-your-insert-key', 'NRII-u6XQNu68VC'],
  },
};
