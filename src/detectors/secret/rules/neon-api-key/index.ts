import type { SecretRule } from '../../rule.js';

/**
 * Neon API key. API keys: `napi_` + 64 lower-case alphanumerics.
 * https://neon.tech/docs/manage/api-keys
 */
export const rule: SecretRule = {
  id: 'neon-api-key',
  title: 'Neon API key',
  severity: 'high',
  keywords: ['napi_'],
  regex: /(?<![\w+/-])(napi_[a-z0-9]{60,72})(?![A-Za-z0-9])/,
  entropy: 3.5,
  docs: 'https://neon.tech/docs/manage/api-keys',
  remediation:
    'Revoke the credential in Neon, issue a new one, and load it from a secret store or environment variable instead of the source.',
  examples: {
    positive: [
      'NEON_API_KEY=napi_0q5nd5n4hj69f7s057tgu2je8bk9g7k8wx5vh9nebc1fg3z634hesq5dnayu76fo',
      'Authorization: Bearer napi_vx3jndsha1208urcp0ld3dl6e30ertwcqokqnr6a7yo340u2umvh9kr1919tt3fp',
    ],
    negative: ['NEON_API_KEY=napi_xxx', 'napi_sq7xy8pk9miag05c4asioin6om8kzr'],
  },
};
