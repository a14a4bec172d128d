import type { SecretRule } from '../../rule.js';

/**
 * Snyk API token. API tokens (UUIDs) act with the user's or service account's rights.
 * https://docs.snyk.io/snyk-api/authentication-for-api
 */
export const rule: SecretRule = {
  id: 'snyk-api-token',
  title: 'Snyk API token',
  severity: 'high',
  keywords: ['snyk'],
  regex:
    /(?<![a-z0-9])(?:snyk[\w.\-]{0,20}?(?:api[_.\-]?)?(?:token|key))[\w.\-]{0,30}?["'\]]{0,2}[ \t]{0,16}(?:=>|:=|\|\|=|=|:|,)[ \t]{0,4}["'\x60]?[ \t]{0,2}([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})(?![\w\-])/i,
  entropy: 3,
  docs: 'https://docs.snyk.io/snyk-api/authentication-for-api',
  remediation:
    'Revoke the credential in Snyk, issue a new one, and load it from a secret store or environment variable instead of the source.',
  examples: {
    positive: [
      'SNYK_TOKEN=0faf0b9b-2fc2-42f7-a105-06a10d1ec426',
      'snyk auth --token snyk_token: fb849b59-05ea-467a-a7bc-47ea63649e9c',
    ],
    negative: ['SNYK_TOKEN=${{ secrets.SNYK_TOKEN }}', 'SNYK_ORG=acme'],
  },
};
