import type { SecretRule } from '../../rule.js';

/**
 * Plaid API secret. Plaid secrets are 30 hex characters per environment; with the client id they read bank data.
 * https://plaid.com/docs/api/#api-access
 */
export const rule: SecretRule = {
  id: 'plaid-secret',
  title: 'Plaid API secret',
  severity: 'critical',
  keywords: ['plaid'],
  regex:
    /(?<![a-z0-9])(?:plaid[\w.\-]{0,20}?secret)[\w.\-]{0,30}?["'\]]{0,2}[ \t]{0,16}(?:=>|:=|\|\|=|=|:|,)[ \t]{0,4}["'\x60]?[ \t]{0,2}([0-9a-f]{30})(?![\w\-])/i,
  entropy: 3,
  docs: 'https://plaid.com/docs/api/#api-access',
  remediation:
    'Revoke the credential in Plaid, issue a new one, and load it from a secret store or environment variable instead of the source.',
  examples: {
    positive: [
      'PLAID_SECRET=296b614882a451e0cefcca23551006',
      'plaid_secret_production: "7d95a70c2cceea9d6db815441b1184"',
    ],
    negative: ['PLAID_SECRET=your_plaid_secret', 'PLAID_CLIENT_ID=657b90cb603a4f3bfc715804'],
  },
};
