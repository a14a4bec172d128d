import type { SecretRule } from '../../rule.js';

/**
 * New Relic license (ingest) key. License keys: 36 characters ending in `NRAL` (40 in all).
 * https://docs.newrelic.com/docs/apis/intro-apis/new-relic-api-keys/#license-key
 */
export const rule: SecretRule = {
  id: 'new-relic-license-key',
  title: 'New Relic license (ingest) key',
  severity: 'high',
  keywords: ['nral'],
  regex: /(?<![\w-])([a-z0-9]{36}NRAL)(?![A-Za-z0-9])/,
  entropy: 3,
  docs: 'https://docs.newrelic.com/docs/apis/intro-apis/new-relic-api-keys/#license-key',
  remediation:
    'Revoke the credential in New Relic, issue a new one, and load it from a secret store or environment variable instead of the source.',
  examples: {
    positive: [
      'NEW_RELIC_LICENSE_KEY=eu01xx5da47169b5487d0cf319166e275726NRAL',
      "license_key: 'y0srfjic8i8ua0gmgeuz3nx15usorni9t97lNRAL'",
    ],
    negative: ['NEW_RELIC_LICENSE_KEY=xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxNRAL', 'NRAL'],
  },
};
