import type { SecretRule } from '../../rule.js';

/**
 * Perplexity API key. API keys: `pplx-` + 48 characters.
 * https://docs.perplexity.ai/guides/getting-started
 */
export const rule: SecretRule = {
  id: 'perplexity-api-key',
  title: 'Perplexity API key',
  severity: 'high',
  keywords: ['pplx-'],
  regex: /(?<![\w-])(pplx-[A-Za-z0-9]{48})(?![A-Za-z0-9])/,
  entropy: 4,
  docs: 'https://docs.perplexity.ai/guides/getting-started',
  remediation:
    'Revoke the credential in Perplexity, issue a new one, and load it from a secret store or environment variable instead of the source.',
  examples: {
    positive: [
      'PERPLEXITY_API_KEY=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',
      'Authorization: Bearer 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',
    ],
    negative: ['PERPLEXITY_API_KEY=pplx-xxxxxxxx', 'pplx-Plk9VajogA9Yhp8lZAe4'],
  },
};
