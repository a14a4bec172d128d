import type { SecretRule } from '../../rule.js';

/**
 * Algolia admin/write API key. Admin and write keys (32 hex) change indices; search-only keys are public and not reported.
 * https://www.algolia.com/doc/guides/security/api-keys/
 */
export const rule: SecretRule = {
  id: 'algolia-admin-api-key',
  title: 'Algolia admin/write API key',
  severity: 'high',
  keywords: ['algolia'],
  regex:
    /(?<![a-z0-9])(?:algolia(?![\w.\-]{0,20}?search)[\w.\-]{0,20}?(?:admin|write|api)[_.\-]?(?:api[_.\-]?)?key)[\w.\-]{0,30}?["'\]]{0,2}[ \t]{0,16}(?:=>|:=|\|\|=|=|:|,)[ \t]{0,4}["'\x60]?[ \t]{0,2}([a-f0-9]{32})(?![\w\-])/i,
  entropy: 3,
  docs: 'https://www.algolia.com/doc/guides/security/api-keys/',
  remediation:
    'Revoke the credential in Algolia, issue a new one, and load it from a secret store or environment variable instead of the source.',
  examples: {
    positive: [
      'ALGOLIA_ADMIN_KEY=53c98a1902b5c98f4530d09e4d9534e9',
      "algoliaApiKey: '194825599f5b5d0e33ad0bde729102af'",
      'ALGOLIA_WRITE_API_KEY="8fb0c2a26ebf69425c69b07ee0d934c7"',
    ],
    negative: [
      'ALGOLIA_SEARCH_API_KEY=8723c0487e102d6705f3bf20e0175b18',
      'ALGOLIA_ADMIN_KEY=YourAdminAPIKey',
      'ALGOLIA_APP_ID=BO62EHDSVX',
    ],
  },
};
