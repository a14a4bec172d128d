import type { SecretRule } from '../../rule.js';

/**
 * Flutterwave live secret key. Live secret keys: `FLWSECK-` + 32 characters + `-X`.
 * https://developer.flutterwave.com/docs/authentication
 */
export const rule: SecretRule = {
  id: 'flutterwave-secret-key',
  title: 'Flutterwave live secret key',
  severity: 'critical',
  keywords: ['flwseck-'],
  regex: /(?<![\w-])(FLWSECK-[a-h0-9]{32}-X)(?![\w-])/,
  entropy: 3,
  docs: 'https://developer.flutterwave.com/docs/authentication',
  remediation:
    'Revoke the credential in Flutterwave, issue a new one, and load it from a secret store or environment variable instead of the source.',
  examples: {
    positive: [
      'FLW_SECRET_KEY=FLWSECK-dc32f923he20a2921cd95a41a6041307-X',
      "secretKey: 'FLWSECK-1d06a57dg4a3d1hc3cfc2b0057g17e46-X'",
    ],
    negative: [
      'FLW_PUBLIC_KEY=FLWPUBK-h1731315473ddd8h9fe306d1b74hb6e1-X',
      'FLWSECK-xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx-X',
    ],
  },
};
