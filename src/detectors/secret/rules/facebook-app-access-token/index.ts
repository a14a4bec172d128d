import type { SecretRule } from '../../rule.js';

/**
 * Facebook app access token. App access tokens are `<app id>|<app secret-derived token>`.
 * https://developers.facebook.com/docs/facebook-login/guides/access-tokens#apptokens
 */
export const rule: SecretRule = {
  id: 'facebook-app-access-token',
  title: 'Facebook app access token',
  severity: 'high',
  keywords: ['facebook', 'fb'],
  regex: /(?<![\w|])(\d{15,16}\|[A-Za-z0-9_-]{26,28})(?![\w-])/,
  entropy: 3.5,
  docs: 'https://developers.facebook.com/docs/facebook-login/guides/access-tokens#apptokens',
  remediation:
    'Revoke the credential in Meta, issue a new one, and load it from a secret store or environment variable instead of the source.',
  examples: {
    positive: [
      '{"facebook_token": "813917173003584|MnFjV26Eo6AYQflkAoJdI0B6MMn"}',
      'FB_APP_TOKEN=0594435759945731|1QwVD_-feZFJxhIDTL_AJ7OPrhg',
    ],
    negative: ['facebook_app_id: 300279024768350', 'fb_token = 376998428077493|short'],
  },
};
