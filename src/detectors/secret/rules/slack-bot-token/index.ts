import type { SecretRule } from '../../rule.js';

/**
 * Slack bot token. Bot tokens: `xoxb-` + workspace id + bot user id + 24 random characters.
 * https://api.slack.com/authentication/token-types#bot
 */
export const rule: SecretRule = {
  id: 'slack-bot-token',
  title: 'Slack bot token',
  severity: 'high',
  keywords: ['xoxb-'],
  regex: /(?<![\w-])(xoxb-\d{9,13}-\d{9,13}-[A-Za-z0-9]{24})(?![A-Za-z0-9])/,
  entropy: 3,
  // Placeholders of this format seen in documentation and templates.
  allowlist: [/X{8,}|x{8,}/],
  docs: 'https://api.slack.com/authentication/token-types#bot',
  remediation:
    'Revoke the credential in Slack, issue a new one, and load it from a secret store or environment variable instead of the source.',
  examples: {
    positive: [
      'SLACK_BOT_TOKEN=xoxb-482908068382-4135215592839-s3G8VFitrHpUYdbsv3fbQD2W',
      "client = WebClient(token='xoxb-53123926968-097405330018-RyfJvhDBXkvHcZfYsB289Xod')",
    ],
    negative: [
      'SLACK_BOT_TOKEN=xoxb-your-bot-token',
      'token: xoxb-123456789012-1234567890123-XXXXXXXXXXXXXXXXXXXXXXXX',
      'xoxb-090380809545-6935775211419-NXPHQL1NpDRQ',
    ],
  },
};
