import type { SecretRule } from '../../rule.js';

/**
 * SparkPost API key. API keys are 40 hex characters.
 * https://developers.sparkpost.com/api/#header-authentication
 */
export const rule: SecretRule = {
  id: 'sparkpost-api-key',
  title: 'SparkPost API key',
  severity: 'high',
  keywords: ['sparkpost'],
  regex:
    /(?<![a-z0-9])(?:sparkpost[\w.\-]{0,20}?(?:api)?[_.-]?key)[\w.\-]{0,30}?["'\]]{0,2}[ \t]{0,16}(?:=>|:=|\|\|=|=|:|,)[ \t]{0,4}["'\x60]?[ \t]{0,2}([0-9a-f]{40})(?![\w\-])/i,
  entropy: 3,
  docs: 'https://developers.sparkpost.com/api/#header-authentication',
  remediation:
    'Revoke the credential in SparkPost, issue a new one, and load it from a secret store or environment variable instead of the source.',
  examples: {
    positive: [
      'SPARKPOST_API_KEY=47341c8349cfb81d854c3203ad74238cf164516a',
      "sparkpostKey: 'c0cc6c526468791b6cb27ccb5b40d47c733e0710'",
    ],
    negative: ['SPARKPOST_API_KEY=<api-key>', 'SPARKPOST_API_KEY=0e6e587e8d4fcc1e1742e6e2865cf0fc'],
  },
};
