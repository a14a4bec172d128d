import type { SecretRule } from '../../rule.js';

/**
 * Intercom access token. Access tokens are base64 of `tok:…`, so they start with `dG9rOj`.
 * https://developers.intercom.com/docs/build-an-integration/learn-more/authentication
 */
export const rule: SecretRule = {
  id: 'intercom-access-token',
  title: 'Intercom access token',
  severity: 'high',
  keywords: ['dg9roj'],
  regex: /(?<![\w+/-])(dG9rOj[A-Za-z0-9+/]{40,90}={0,2})(?![A-Za-z0-9+/=])/,
  entropy: 4,
  docs: 'https://developers.intercom.com/docs/build-an-integration/learn-more/authentication',
  remediation:
    'Revoke the credential in Intercom, issue a new one, and load it from a secret store or environment variable instead of the source.',
  examples: {
    positive: [
      'INTERCOM_ACCESS_TOKEN=dG9rOjfmmxbFmSIpq6GFw95dnKaxoQOCx7wzskY5MW4pRSWYdZ5wMrkiuQJy=',
      "intercom = Client(personal_access_token='dG9rOjI3vKzAA1orbdfP9PKKaHdKQwAjxqwfkm80Hp0PM6V5jy0IkpWz2q6m1R')",
    ],
    negative: ['INTERCOM_ACCESS_TOKEN=dG9rOj', 'dG9rOj82tghzqox9'],
  },
};
