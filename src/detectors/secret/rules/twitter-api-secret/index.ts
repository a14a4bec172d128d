import type { SecretRule } from '../../rule.js';

/**
 * Twitter / X API key secret or access token secret. Consumer and access-token secrets are 45–50 alphanumerics.
 * https://developer.x.com/en/docs/authentication/oauth-1-0a/api-key-and-secret
 */
export const rule: SecretRule = {
  id: 'twitter-api-secret',
  title: 'Twitter / X API key secret or access token secret',
  severity: 'high',
  keywords: ['twitter'],
  regex:
    /(?<![a-z0-9])(?:twitter[\w.\-]{0,20}?(?:consumer|api|access[_.\-]?token|key)?[_.\-]?secret)[\w.\-]{0,30}?["'\]]{0,2}[ \t]{0,16}(?:=>|:=|\|\|=|=|:|,)[ \t]{0,4}["'\x60]?[ \t]{0,2}([A-Za-z0-9]{45,50})(?![\w\-])/i,
  entropy: 4,
  docs: 'https://developer.x.com/en/docs/authentication/oauth-1-0a/api-key-and-secret',
  remediation:
    'Revoke the credential in X (Twitter), issue a new one, and load it from a secret store or environment variable instead of the source.',
  examples: {
    positive: [
      'TWITTER_CONSUMER_SECRET=oziukDyhVo4AvAtiAjBkERclVyPqUr5CsspRLFFWYH5QcB6R1J',
      'twitter_access_token_secret: "u5tX1WKeVTFbOdwx1XNJ0KrdqwlVbTBSB3pl5uToQEV6D"',
    ],
    negative: ['TWITTER_CONSUMER_SECRET=YOUR_SECRET', 'TWITTER_CONSUMER_KEY=QvuM2iT3zdQphtNIglLnEEpOn'],
  },
};
