import type { SecretRule } from '../../rule.js';

/**
 * PlanetScale OAuth token. OAuth access tokens: `pscale_oauth_` + 43 characters.
 * https://planetscale.com/docs/concepts/planetscale-api-oauth-applications
 */
export const rule: SecretRule = {
  id: 'planetscale-oauth-token',
  title: 'PlanetScale OAuth token',
  severity: 'high',
  keywords: ['pscale_oauth_'],
  regex: /(?<![\w+/-])(pscale_oauth_[A-Za-z0-9_.=-]{32,64})(?![A-Za-z0-9])/,
  entropy: 3.5,
  docs: 'https://planetscale.com/docs/concepts/planetscale-api-oauth-applications',
  remediation:
    'Revoke the credential in PlanetScale, issue a new one, and load it from a secret store or environment variable instead of the source.',
  examples: {
    positive: ['PLANETSCALE_TOKEN=pscale_oauth_nuZS7D81zeY3KpwHSONOO0BEKOAT5N_CtqWEVGQWuaF'],
    negative: ['pscale_oauth_kVl5gtxjgI'],
  },
};
