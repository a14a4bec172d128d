import type { SecretRule } from '../../rule.js';

/**
 * Mailgun webhook signing key. The HTTP webhook signing key lets an attacker forge Mailgun events.
 * https://documentation.mailgun.com/docs/mailgun/user-manual/webhooks/securing-webhooks/
 */
export const rule: SecretRule = {
  id: 'mailgun-webhook-signing-key',
  title: 'Mailgun webhook signing key',
  severity: 'medium',
  keywords: ['mailgun'],
  regex:
    /(?<![a-z0-9])(?:mailgun[\w.\-]{0,20}?(?:webhook|signing)[\w.\-]{0,12}?key)[\w.\-]{0,30}?["'\]]{0,2}[ \t]{0,16}(?:=>|:=|\|\|=|=|:|,)[ \t]{0,4}["'\x60]?[ \t]{0,2}([0-9a-f]{32}(?:-[0-9a-f]{8}-[0-9a-f]{8})?)(?![\w\-])/i,
  entropy: 3,
  docs: 'https://documentation.mailgun.com/docs/mailgun/user-manual/webhooks/securing-webhooks/',
  remediation:
    'Revoke the credential in Mailgun, issue a new one, and load it from a secret store or environment variable instead of the source.',
  examples: {
    positive: [
      'MAILGUN_WEBHOOK_SIGNING_KEY=d2b8714d435f58cd4b0c27b5553f0712',
      'mailgun_signing_key: "5e8b987537b4beed392cdef0c97ae8b7-f580ab5a-c92fad9e"',
    ],
    negative: ['MAILGUN_WEBHOOK_SIGNING_KEY=', 'MAILGUN_SIGNING_KEY=${SIGNING_KEY}'],
  },
};
