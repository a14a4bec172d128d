import type { SecretRule } from '../../rule.js';

/**
 * Sentry user auth token. Personal tokens: `sntryu_` + 64 hex.
 * https://docs.sentry.io/account/auth-tokens/#user-auth-tokens
 */
export const rule: SecretRule = {
  id: 'sentry-user-auth-token',
  title: 'Sentry user auth token',
  severity: 'high',
  keywords: ['sntryu_'],
  regex: /(?<![\w-])(sntryu_[a-f0-9]{64})(?![A-Za-z0-9])/,
  entropy: 3,
  docs: 'https://docs.sentry.io/account/auth-tokens/#user-auth-tokens',
  remediation:
    'Revoke the credential in Sentry, issue a new one, and load it from a secret store or environment variable instead of the source.',
  examples: {
    positive: [
      'SENTRY_AUTH_TOKEN=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',
      'auth.token=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',
    ],
    negative: ['SENTRY_AUTH_TOKEN=sntryu_...', 'sntryu_472329f4481229fc96aef5c65531244a'],
  },
};
