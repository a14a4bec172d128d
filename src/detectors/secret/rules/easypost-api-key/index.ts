import type { SecretRule } from '../../rule.js';

/**
 * EasyPost production API key. Production keys: `EZAK` + 54 alphanumerics.
 * https://docs.easypost.com/docs/authentication
 */
export const rule: SecretRule = {
  id: 'easypost-api-key',
  title: 'EasyPost production API key',
  severity: 'high',
  keywords: ['ezak'],
  regex: /(?<![\w+/-])(EZAK[A-Za-z0-9]{54})(?![A-Za-z0-9])/,
  entropy: 3.5,
  docs: 'https://docs.easypost.com/docs/authentication',
  remediation:
    'Revoke the credential in EasyPost, issue a new one, and load it from a secret store or environment variable instead of the source.',
  examples: {
    positive: [
      'EASYPOST_API_KEY=EZAKkeHstDmWZfkZAEtXYn16XsbTX01vxfB3ry5YMARdIEgnuLZ6Ck2Nv6',
      "client = easypost.EasyPostClient('EZAKBGw3leE1mTepQZOi5DqyLe7wwFDdqS4s38Z6m8V2VoXoIqA4cj9RbU')",
    ],
    negative: [
      'EASYPOST_API_KEY=EZAK...',
      'blob=abc/EZAK4UK5bWQ1FPkkWMhzJRcMnbk6wC4oRibmJSnCakNPzYvzywla95B5rC',
      'EZAKF2V4IUdP56E1fgglqJvJ',
    ],
  },
};
