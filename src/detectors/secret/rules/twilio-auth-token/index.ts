import type { SecretRule } from '../../rule.js';

/**
 * Twilio auth token or API secret. The account auth token (32 hex) is the master credential of a Twilio account.
 * https://www.twilio.com/docs/iam/credentials/api
 */
export const rule: SecretRule = {
  id: 'twilio-auth-token',
  title: 'Twilio auth token or API secret',
  severity: 'critical',
  keywords: ['twilio'],
  regex:
    /(?<![a-z0-9])(?:twilio[\w.\-]{0,20}?(?:auth[_.-]?token|api[_.-]?secret|secret))[\w.\-]{0,30}?["'\]]{0,2}[ \t]{0,16}(?:=>|:=|\|\|=|=|:|,)[ \t]{0,4}["'\x60]?[ \t]{0,2}([0-9a-f]{32})(?![\w\-])/i,
  entropy: 3,
  docs: 'https://www.twilio.com/docs/iam/credentials/api',
  remediation:
    'Revoke the credential in Twilio, issue a new one, and load it from a secret store or environment variable instead of the source.',
  examples: {
    positive: [
      'TWILIO_AUTH_TOKEN=558ecb964bdfb002d8f1eca66b04c552',
      "twilio_api_secret = '6d8c3d24b9a8b2dc05fed011b4bb56a5'",
      'TwilioAuthToken: 5e39462f399f6c8233559abff5de2cbf',
    ],
    negative: ['TWILIO_AUTH_TOKEN=your_auth_token', 'TWILIO_AUTH_TOKEN=00000000000000000000000000000000'],
  },
};
