import type { SecretRule } from '../../rule.js';

/**
 * 42 Intra OAuth client secret. Client secrets: `s-s4t2ud-`/`s-s4t2af-` + 64 hex.
 * https://api.intra.42.fr/apidoc/guides/getting_started
 */
export const rule: SecretRule = {
  id: 'intra42-client-secret',
  title: '42 Intra OAuth client secret',
  severity: 'high',
  keywords: ['s-s4t2'],
  regex: /(?<![\w-])(s-s4t2(?:ud|af)-[a-f0-9]{64})(?![\w-])/,
  entropy: 3,
  docs: 'https://api.intra.42.fr/apidoc/guides/getting_started',
  remediation:
    'Revoke the credential in 42 Intra, issue a new one, and load it from a secret store or environment variable instead of the source.',
  examples: {
    positive: [
      'FT_CLIENT_SECRET=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',
      "secret: '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'",
    ],
    negative: ['FT_CLIENT_SECRET=s-s4t2ud-xxx', 's-s4t2ud-d41a48a8c5d50c481b538523a83bb4'],
  },
};
