import type { SecretRule } from '../../rule.js';

/**
 * Codecov upload or access token. Upload tokens (UUIDs) let anyone publish coverage for the repository.
 * https://docs.codecov.com/docs/codecov-tokens
 */
export const rule: SecretRule = {
  id: 'codecov-upload-token',
  title: 'Codecov upload or access token',
  severity: 'medium',
  keywords: ['codecov'],
  regex:
    /(?<![a-z0-9])(?:codecov[\w.\-]{0,20}?(?:token|key))[\w.\-]{0,30}?["'\]]{0,2}[ \t]{0,16}(?:=>|:=|\|\|=|=|:|,)[ \t]{0,4}["'\x60]?[ \t]{0,2}([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})(?![\w\-])/i,
  entropy: 3,
  docs: 'https://docs.codecov.com/docs/codecov-tokens',
  remediation:
    'Revoke the credential in Codecov, issue a new one, and load it from a secret store or environment variable instead of the source.',
  examples: {
    positive: [
      'CODECOV_TOKEN=f4dfe103-2ff8-4945-ad87-83eba79d2373',
      'codecov_token: "0f05b363-9054-4ea4-a5a2-c1794be9524b"',
    ],
    negative: ['CODECOV_TOKEN=${{ secrets.CODECOV_TOKEN }}', 'codecov_flags = unittests'],
  },
};
