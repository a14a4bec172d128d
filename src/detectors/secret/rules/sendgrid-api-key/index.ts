import type { SecretRule } from '../../rule.js';

/**
 * SendGrid API key. SendGrid keys: `SG.` + 22-character id + `.` + 43-character secret.
 * https://www.twilio.com/docs/sendgrid/ui/account-and-settings/api-keys
 */
export const rule: SecretRule = {
  id: 'sendgrid-api-key',
  title: 'SendGrid API key',
  severity: 'high',
  keywords: ['sg.'],
  regex: /(?<![\w.-])(SG\.[A-Za-z0-9_-]{22}\.[A-Za-z0-9_-]{43})(?![\w-])/,
  entropy: 4,
  docs: 'https://www.twilio.com/docs/sendgrid/ui/account-and-settings/api-keys',
  remediation:
    'Revoke the credential in SendGrid, issue a new one, and load it from a secret store or environment variable instead of the source.',
  examples: {
    positive: [
      'SENDGRID_API_KEY=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',
      "sg = SendGridAPIClient('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')",
    ],
    negative: [
      'SENDGRID_API_KEY=SG.xxxxxxxxxxxxxxxxxxxxxx.xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx',
      'SG.PWv7RzOPO889p7MX6HYnBV',
    ],
  },
};
