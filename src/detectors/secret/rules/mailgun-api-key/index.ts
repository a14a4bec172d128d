import type { SecretRule } from '../../rule.js';

/**
 * Mailgun API key. Private API keys: legacy `key-` + 32 hex, current 32 hex-8 hex-8 hex next to a Mailgun setting.
 * https://documentation.mailgun.com/docs/mailgun/api-reference/authentication/
 */
export const rule: SecretRule = {
  id: 'mailgun-api-key',
  title: 'Mailgun API key',
  severity: 'high',
  keywords: ['key-', 'mailgun'],
  regex:
    /(?<![\w-])(key-[0-9a-f]{32}|(?<=mailgun[\w.-]{0,30}?["']?[ \t]{0,16}[=:][ \t]{0,4}["']?)[0-9a-f]{32}-[0-9a-f]{8}-[0-9a-f]{8})(?![\w-])/i,
  entropy: 3,
  docs: 'https://documentation.mailgun.com/docs/mailgun/api-reference/authentication/',
  remediation:
    'Revoke the credential in Mailgun, issue a new one, and load it from a secret store or environment variable instead of the source.',
  examples: {
    positive: [
      'MAILGUN_API_KEY=key-ec6ebdba9eeddce9d737590da4ac9389',
      'mailgun_api_key = "edecb8b79e7659196f994c6461b6d6c2-6db3df7a-10b35383"',
    ],
    negative: [
      'MAILGUN_PUBLIC_KEY=pubkey-cd766c9ce33944ed262e0b4c92dd027a',
      'MAILGUN_API_KEY=key-xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx',
      'id = e94997fcdc07224046f65e61fd87477b-958f7e5e-dda67a23',
    ],
  },
};
