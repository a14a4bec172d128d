import type { SecretRule } from '../../rule.js';

/**
 * Square OAuth application secret. The application secret exchanges OAuth codes for merchant access tokens.
 * https://developer.squareup.com/docs/oauth-api/overview
 */
export const rule: SecretRule = {
  id: 'square-oauth-secret',
  title: 'Square OAuth application secret',
  severity: 'critical',
  keywords: ['sq0csp-'],
  regex: /(?<![\w-])(sq0csp-[A-Za-z0-9_-]{43})(?![\w-])/,
  entropy: 3.5,
  docs: 'https://developer.squareup.com/docs/oauth-api/overview',
  remediation:
    'Revoke the credential in Square, issue a new one, and load it from a secret store or environment variable instead of the source.',
  examples: {
    positive: [
      'SQUARE_APP_SECRET=sq0csp-TnUbNbvSxw2enmTBXB5mAR6ADedeHl8H6NyZVUCUK6Z',
      'client_secret: "sq0csp-LTMpP_MzpSyPLddCpjdlgtBYBuue0dUV2dQq5X-ey8P"',
    ],
    negative: ['SQUARE_APP_SECRET=sq0csp-XXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX', 'sq0csp-short'],
  },
};
