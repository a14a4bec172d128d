import type { SecretRule } from '../../rule.js';

/**
 * Facebook / Meta app secret. App secrets and client tokens are 32 hex characters.
 * https://developers.facebook.com/docs/facebook-login/security#appsecret
 */
export const rule: SecretRule = {
  id: 'facebook-app-secret',
  title: 'Facebook / Meta app secret',
  severity: 'high',
  keywords: ['facebook', 'fb_', 'fb.'],
  regex:
    /(?<![a-z0-9])(?:(?:facebook|fb)[_.\-]?(?:[\w.\-]{0,20}?[_.\-])?(?:app[_.\-]?)?(?:secret|client[_.\-]?token|access[_.\-]?token))[\w.\-]{0,30}?["'\]]{0,2}[ \t]{0,16}(?:=>|:=|\|\|=|=|:|,)[ \t]{0,4}["'\x60]?[ \t]{0,2}([a-f0-9]{32})(?![\w\-])/i,
  entropy: 3,
  docs: 'https://developers.facebook.com/docs/facebook-login/security#appsecret',
  remediation:
    'Revoke the credential in Meta, issue a new one, and load it from a secret store or environment variable instead of the source.',
  examples: {
    positive: [
      'facebook_app_secret = "7dc1a13bc6567dd53557464786e81934"',
      'FB_CLIENT_TOKEN=2ffcaa40ab31d3195b9b2b7dca195fd8',
      'fb.appSecret: 30844976832979425286ab83b5109479',
    ],
    negative: ['FACEBOOK_APP_SECRET=<app-secret>', 'facebook_app_id = 554949349314425'],
  },
};
