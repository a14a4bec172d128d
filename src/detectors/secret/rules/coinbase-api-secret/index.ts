import type { SecretRule } from '../../rule.js';

/**
 * Coinbase API secret or access token. API secrets and OAuth tokens next to Coinbase settings (32–88 characters).
 * https://docs.cdp.coinbase.com/get-started/docs/cdp-api-keys
 */
export const rule: SecretRule = {
  id: 'coinbase-api-secret',
  title: 'Coinbase API secret or access token',
  severity: 'critical',
  keywords: ['coinbase'],
  regex:
    /(?<![a-z0-9])(?:coinbase[\w.\-]{0,20}?(?:api[_.\-]?)?(?:secret|access[_.\-]?token|token))[\w.\-]{0,30}?["'\]]{0,2}[ \t]{0,16}(?:=>|:=|\|\|=|=|:|,)[ \t]{0,4}["'\x60]?[ \t]{0,2}([A-Za-z0-9_+/-]{32,88}={0,2})(?![\w+/=\-])/i,
  entropy: 4,
  docs: 'https://docs.cdp.coinbase.com/get-started/docs/cdp-api-keys',
  remediation:
    'Revoke the credential in Coinbase, issue a new one, and load it from a secret store or environment variable instead of the source.',
  examples: {
    positive: [
      'COINBASE_API_SECRET=imUsV26tKorSxoYK82PSzjo0mXHYP9Xy',
      "coinbaseAccessToken: 'LRDjtcH1_KtudQ_97Phph14S_V9IIqI81AHAUPbbb9frTkjBUrISqES2KNEitq_B'",
    ],
    negative: [
      'COINBASE_API_SECRET=<your-secret>',
      'COINBASE_API_KEY_NAME=organizations/f3ea8c3e-1a50-49ca-aaf7-750e9a047013/apiKeys/c10fa7d6-63bf-4d8c-ab91-41ae9a7ac2e8',
    ],
  },
};
