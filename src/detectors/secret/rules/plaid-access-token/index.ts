import type { SecretRule } from '../../rule.js';

/**
 * Plaid access token. Item access tokens give lasting access to one user's financial accounts.
 * https://plaid.com/docs/api/tokens/#token-exchange-flow
 */
export const rule: SecretRule = {
  id: 'plaid-access-token',
  title: 'Plaid access token',
  severity: 'critical',
  keywords: ['access-sandbox-', 'access-development-', 'access-production-'],
  regex:
    /(?<![\w-])(access-(?:sandbox|development|production)-[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})(?![\w-])/,
  entropy: 3,
  // Placeholders of this format seen in documentation and templates.
  allowlist: [/0{8}-0{4}/],
  docs: 'https://plaid.com/docs/api/tokens/#token-exchange-flow',
  remediation:
    'Revoke the credential in Plaid, issue a new one, and load it from a secret store or environment variable instead of the source.',
  examples: {
    positive: [
      'access_token = "access-production-34dc69ed-5237-45ef-a36d-618d5dcf8e5e"',
      'PLAID_ACCESS_TOKEN=access-sandbox-abf56bb7-a45a-4111-a3be-d94cb267dd79',
      '{"access_token": "access-development-ce0f4575-12c1-4c9e-a0f1-87f57b947531"}',
    ],
    negative: [
      'access-production-00000000-0000-0000-0000-000000000000',
      'public-sandbox-438dfc78-5079-4e2e-a90d-17ade704c2ba',
    ],
  },
};
