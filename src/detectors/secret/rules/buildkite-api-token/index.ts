import type { SecretRule } from '../../rule.js';

/**
 * Buildkite API or agent token. User API tokens (`bkua_`) and agent tokens (`bkat_`) + 40 hex.
 * https://buildkite.com/docs/apis/managing-api-tokens
 */
export const rule: SecretRule = {
  id: 'buildkite-api-token',
  title: 'Buildkite API or agent token',
  severity: 'high',
  keywords: ['bkua_', 'bkat_'],
  regex: /(?<![\w-])(bk(?:ua|at)_[a-f0-9]{40})(?![A-Za-z0-9])/,
  entropy: 3,
  docs: 'https://buildkite.com/docs/apis/managing-api-tokens',
  remediation:
    'Revoke the credential in Buildkite, issue a new one, and load it from a secret store or environment variable instead of the source.',
  examples: {
    positive: [
      'BUILDKITE_API_TOKEN=bkua_e2f658133297e0c6cadecba55f0242df44936887',
      'token: "bkat_dbd0f7c356222364a730a4be42c5cb517cb3df83"',
    ],
    negative: ['BUILDKITE_API_TOKEN=bkua_xxx', 'bkua_dc6ade693e21d394652f'],
  },
};
