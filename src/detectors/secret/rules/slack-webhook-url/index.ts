import type { SecretRule } from '../../rule.js';

/**
 * Slack incoming webhook URL. Anyone holding an incoming-webhook URL can post into the channel; the last path segment is the secret.
 * https://api.slack.com/messaging/webhooks
 */
export const rule: SecretRule = {
  id: 'slack-webhook-url',
  title: 'Slack incoming webhook URL',
  severity: 'high',
  keywords: ['hooks.slack.com/services/'],
  regex:
    /(https?:\/\/hooks\.slack\.com\/services\/T[A-Z0-9]{6,12}\/B[A-Z0-9]{6,12}\/[A-Za-z0-9]{20,34})(?![A-Za-z0-9])/,
  entropy: 3,
  // Placeholders of this format seen in documentation and templates.
  allowlist: [/\/X{10,}$/, /\/T0{6,}\//],
  docs: 'https://api.slack.com/messaging/webhooks',
  remediation:
    'Revoke the credential in Slack, issue a new one, and load it from a secret store or environment variable instead of the source.',
  examples: {
    positive: [
      'SLACK_WEBHOOK=https://hooks.slack.com/services/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',
      'webhook_url: "http://hooks.slack.com/services/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"',
    ],
    negative: [
      'url: https://hooks.slack.com/services/T00000000/B00000000/XXXXXXXXXXXXXXXXXXXXXXXX',
      'https://hooks.slack.com/services/YOUR/WEBHOOK/URL',
    ],
  },
};
