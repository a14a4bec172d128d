import type { SecretRule } from '../../rule.js';

/**
 * Groq API key. API keys: `gsk_` + 52 alphanumerics.
 * https://console.groq.com/docs/api-keys
 */
export const rule: SecretRule = {
  id: 'groq-api-key',
  title: 'Groq API key',
  severity: 'high',
  keywords: ['gsk_'],
  regex: /(?<![\w-])(gsk_[A-Za-z0-9]{52})(?![A-Za-z0-9])/,
  entropy: 4,
  docs: 'https://console.groq.com/docs/api-keys',
  remediation:
    'Revoke the credential in Groq, issue a new one, and load it from a secret store or environment variable instead of the source.',
  examples: {
    positive: [
      'GROQ_API_KEY=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',
      'client = Groq(api_key="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")',
    ],
    negative: ['GROQ_API_KEY=gsk_...', 'gsk_N1DIhcKtjhDUgTX5yQUsFVxm0V9Ojb'],
  },
};
