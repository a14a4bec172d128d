import type { SecretRule } from '../../rule.js';

/**
 * Twitter / X API bearer token. App-only bearer tokens start with a run of `A` followed by URL-encoded base64.
 * https://developer.x.com/en/docs/authentication/oauth-2-0/bearer-tokens
 */
export const rule: SecretRule = {
  id: 'twitter-bearer-token',
  title: 'Twitter / X API bearer token',
  severity: 'high',
  keywords: ['aaaaaaaaaaaaaaaaaaaaa'],
  regex: /(?<![\w%-])(A{21,23}[A-Za-z0-9%]{40,120})(?![A-Za-z0-9%])/,
  entropy: 3.5,
  docs: 'https://developer.x.com/en/docs/authentication/oauth-2-0/bearer-tokens',
  remediation:
    'Revoke the credential in X (Twitter), issue a new one, and load it from a secret store or environment variable instead of the source.',
  examples: {
    positive: [
      'TWITTER_BEARER_TOKEN=AAAAAAAAAAAAAAAAAAAAAyIxYx9StMfZD0SdMKte3%3DvX1N4ucDCIcJE2JdUd751eLqI7FLY1cOPZuNDVHWnAcOPnkPnzBQ9AEX',
      'bearer: "AAAAAAAAAAAAAAAAAAAAAMf0FVWSTi6UxFW72O7TUfo1c6nArz9j%2Bx7QU1JilE1I0qBC5ciPIegqBhhQz0dAsUVuSfibz"',
    ],
    negative: [
      'padding = AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA',
      'AAAAAAAAAAAAAAAAAAAAApCDzRsMsDS',
    ],
  },
};
