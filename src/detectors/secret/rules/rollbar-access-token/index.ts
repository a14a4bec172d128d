import type { SecretRule } from '../../rule.js';

/**
 * Rollbar access token. Project and account access tokens are 32 hex.
 * https://docs.rollbar.com/docs/access-tokens
 */
export const rule: SecretRule = {
  id: 'rollbar-access-token',
  title: 'Rollbar access token',
  severity: 'high',
  keywords: ['rollbar'],
  regex:
    /(?<![a-z0-9])(?:rollbar[\w.\-]{0,20}?(?:access[_.\-]?)?(?:token|key))[\w.\-]{0,30}?["'\]]{0,2}[ \t]{0,16}(?:=>|:=|\|\|=|=|:|,)[ \t]{0,4}["'\x60]?[ \t]{0,2}([a-f0-9]{32})(?![\w\-])/i,
  entropy: 3,
  docs: 'https://docs.rollbar.com/docs/access-tokens',
  remediation:
    'Revoke the credential in Rollbar, issue a new one, and load it from a secret store or environment variable instead of the source.',
  examples: {
    positive: [
      'ROLLBAR_ACCESS_TOKEN=b3cba6745e958274e8a515fdb05dcef5',
      "rollbar.init('b0fd38a5e804208a609ea64599b82bbf') # rollbar_token: af2e7e290c422aad180b0836f2250028",
    ],
    negative: ['ROLLBAR_ACCESS_TOKEN=POST_SERVER_ITEM_ACCESS_TOKEN', 'ROLLBAR_ENV=production'],
  },
};
