import type { SecretRule } from '../../rule.js';

/**
 * Slack user token. User tokens act as the user who installed the app: `xoxp-` + three numeric ids + 32 hex.
 * https://api.slack.com/authentication/token-types#user
 */
export const rule: SecretRule = {
  id: 'slack-user-token',
  title: 'Slack user token',
  severity: 'high',
  keywords: ['xoxp-'],
  regex: /(?<![\w.-])(xoxp-\d{9,13}-\d{9,13}-\d{9,13}-[a-f0-9]{32})(?![A-Za-z0-9])/,
  entropy: 3,
  docs: 'https://api.slack.com/authentication/token-types#user',
  remediation:
    'Revoke the credential in Slack, issue a new one, and load it from a secret store or environment variable instead of the source.',
  examples: {
    positive: [
      'export SLACK_USER_TOKEN="xoxp-35539354573-422007764052-7687240161518-6225a27dd72677983b1155862792a759"',
      '"slack": {"token": "xoxp-1278311464-763572530170-988104598843-e9d035d4a933e616d64c9453d7f66e6f"}',
    ],
    negative: [
      'SLACK_USER_TOKEN=xoxp-1234-5678',
      'token = "xoxp-32523491627-877395280196-3569621861159-34a0a739336209f8"',
    ],
  },
};
