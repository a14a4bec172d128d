import type { SecretRule } from '../../rule.js';

/**
 * Replicate API token. API tokens: `r8_` + 37 alphanumerics.
 * https://replicate.com/docs/reference/http#authentication
 */
export const rule: SecretRule = {
  id: 'replicate-api-token',
  title: 'Replicate API token',
  severity: 'high',
  keywords: ['r8_'],
  regex: /(?<![\w-])(r8_[A-Za-z0-9]{37})(?![A-Za-z0-9])/,
  entropy: 3.5,
  docs: 'https://replicate.com/docs/reference/http#authentication',
  remediation:
    'Revoke the credential in Replicate, issue a new one, and load it from a secret store or environment variable instead of the source.',
  examples: {
    positive: [
      'REPLICATE_API_TOKEN=r8_5sQzxHGk8j12k9DAriNpGKlY6N1r6ZbJiSWnL',
      'Authorization: Bearer r8_k8yxY5Fbi2HmdE9NGXdpJoWjoGXMe1vA4BQsA',
    ],
    negative: ['REPLICATE_API_TOKEN=r8_****', 'r8_beCqlHzn6mnOh8lb6aQI'],
  },
};
