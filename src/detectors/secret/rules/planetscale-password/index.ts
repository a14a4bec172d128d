import type { SecretRule } from '../../rule.js';

/**
 * PlanetScale database password. Branch passwords: `pscale_pw_` + 43 characters.
 * https://planetscale.com/docs/concepts/connection-strings
 */
export const rule: SecretRule = {
  id: 'planetscale-password',
  title: 'PlanetScale database password',
  severity: 'critical',
  keywords: ['pscale_pw_'],
  regex: /(?<![\w+/-])(pscale_pw_[A-Za-z0-9_.=-]{32,64})(?![A-Za-z0-9])/,
  entropy: 3.5,
  docs: 'https://planetscale.com/docs/concepts/connection-strings',
  remediation:
    'Revoke the credential in PlanetScale, issue a new one, and load it from a secret store or environment variable instead of the source.',
  examples: {
    positive: [
      'DATABASE_URL=mysql://ejog4czmxqzs:pscale_pw_Hq-kk0FZT_3Evy-0_DzVriZJM3uscGBvfXvBANzUzXM@aws.connect.psdb.cloud/app?sslaccept=strict',
      'password: pscale_pw_RTWnPae4ADYjlJ0p2lB6k93r7MvL2N1DlNhrCFXVPyo',
    ],
    negative: ['password: pscale_pw_<password>', 'pscale_pw_4mmGAqAyI2'],
  },
};
