import type { SecretRule } from '../../rule.js';

/**
 * Slack legacy or workspace token. Legacy (`xoxo-`, `xoxs-`), workspace-app (`xoxa-`) and refresh (`xoxr-`) tokens still grant API access until revoked.
 * https://api.slack.com/authentication/token-types#legacy
 */
export const rule: SecretRule = {
  id: 'slack-legacy-token',
  title: 'Slack legacy or workspace token',
  severity: 'high',
  keywords: ['xoxa-', 'xoxo-', 'xoxs-', 'xoxr-'],
  regex: /(?<![\w.-])(xox[aors]-\d{1,13}(?:-[A-Za-z0-9]{1,64}){2,5})(?![\w-])/,
  entropy: 3.3,
  docs: 'https://api.slack.com/authentication/token-types#legacy',
  remediation:
    'Revoke the credential in Slack, issue a new one, and load it from a secret store or environment variable instead of the source.',
  examples: {
    positive: [
      'slack_token: xoxa-2-565860840409-930777032418-7252509853461-e68e699090be791e8afa3f346803b7d6610c343b2c413f0ec06053cd21e8bfe6',
      'SLACK_LEGACY=xoxs-04773743671-73044711603-335961972772-244678dd105db8b71dfb74c159d11cb5ce074d9a700043e28cbc96674a0fd1f5',
      "refresh = 'xoxr-730514105194-440484116577-DYOCSAgN65wEZi4dXJfKRxuZzmhfZSWTlJ41ogeP'",
      'token=xoxo-1402394030-88472167964-158955245652-8b9c547473c2f1927abcbcb400ff9e8c',
    ],
    negative: ['See xoxa-2-1-2 in the docs', 'token: xoxa-1-xxxxxxxx-xxxxxxxxxxxx'],
  },
};
