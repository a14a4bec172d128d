import type { SecretRule } from '../../rule.js';

/**
 * PlanetScale service token. Service tokens: `pscale_tkn_` + 43 characters.
 * https://planetscale.com/docs/concepts/service-tokens
 */
export const rule: SecretRule = {
  id: 'planetscale-service-token',
  title: 'PlanetScale service token',
  severity: 'high',
  keywords: ['pscale_tkn_'],
  regex: /(?<![\w+/-])(pscale_tkn_[A-Za-z0-9_.=-]{32,64})(?![A-Za-z0-9])/,
  entropy: 3.5,
  docs: 'https://planetscale.com/docs/concepts/service-tokens',
  remediation:
    'Revoke the credential in PlanetScale, issue a new one, and load it from a secret store or environment variable instead of the source.',
  examples: {
    positive: [
      'PLANETSCALE_SERVICE_TOKEN=pscale_tkn_DqQA4M_Rub8xtXq3LqX6YrkguKD1FaQpgvqY8pc0PBY',
      'token: "pscale_tkn_Q07ZXgt3b3DqVZG8SU5gztOwgxBTQ3oOHcyyULs4NzJ"',
    ],
    negative: ['PLANETSCALE_SERVICE_TOKEN=pscale_tkn_xxx', 'pscale_tkn_Ipu7FfaUydNo'],
  },
};
