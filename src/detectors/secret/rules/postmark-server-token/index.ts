import type { SecretRule } from '../../rule.js';

/**
 * Postmark server or account token. Server and account API tokens are UUIDs sent in X-Postmark-Server-Token.
 * https://postmarkapp.com/developer/api/overview#authentication
 */
export const rule: SecretRule = {
  id: 'postmark-server-token',
  title: 'Postmark server or account token',
  severity: 'high',
  keywords: ['postmark'],
  regex:
    /(?<![a-z0-9])(?:postmark[\w.\-]{0,20}?(?:token|key|secret))[\w.\-]{0,30}?["'\]]{0,2}[ \t]{0,16}(?:=>|:=|\|\|=|=|:|,)[ \t]{0,4}["'\x60]?[ \t]{0,2}([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})(?![\w\-])/i,
  entropy: 3,
  docs: 'https://postmarkapp.com/developer/api/overview#authentication',
  remediation:
    'Revoke the credential in Postmark, issue a new one, and load it from a secret store or environment variable instead of the source.',
  examples: {
    positive: [
      'POSTMARK_SERVER_TOKEN=daf58a63-0801-4673-a420-b66967a06338',
      'postmark_api_key: "fe186183-9b44-4d0b-ae4d-bb3a0bafe9a7"',
    ],
    negative: [
      'POSTMARK_SERVER_TOKEN=POSTMARK_API_TEST',
      'POSTMARK_SERVER_TOKEN=00000000-0000-0000-0000-000000000000',
    ],
  },
};
