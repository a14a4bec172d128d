import type { SecretRule } from '../../rule.js';

/**
 * Sentry DSN with secret key. Public DSNs are meant to ship in clients; the legacy `public:secret@` form carries a secret key.
 * https://docs.sentry.io/concepts/key-terms/dsn-explainer/
 */
export const rule: SecretRule = {
  id: 'sentry-dsn-secret',
  title: 'Sentry DSN with secret key',
  severity: 'medium',
  keywords: ['sentry'],
  regex: /(https?:\/\/[0-9a-f]{32}:([0-9a-f]{32})@[\w.-]*sentry[\w.-]*(?::\d{2,5})?\/\d+)/i,
  secretGroup: 2,
  entropy: 3,
  docs: 'https://docs.sentry.io/concepts/key-terms/dsn-explainer/',
  remediation:
    'Revoke the credential in Sentry, issue a new one, and load it from a secret store or environment variable instead of the source.',
  examples: {
    positive: [
      'SENTRY_DSN=https://969116730f78ebded79ccdfe19d8f7c3:e5895c427598d168daf61a2ad81c559b@sentry.io/2934111',
      "dsn: 'https://c7598c932d554ed27ef6fa5f1e0c5f45:fdfd07b32ac6f0a23dc6d60d5ef14689@sentry.internal.example.com/12'",
    ],
    negative: [
      'SENTRY_DSN=https://14afdbafb96efd5ed09a08b498403029@o735748.ingest.sentry.io/0247899',
      'https://public:secret@sentry.example.com/1',
    ],
  },
};
