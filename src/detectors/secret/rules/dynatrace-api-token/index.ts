import type { SecretRule } from '../../rule.js';

/**
 * Dynatrace API token. Tokens: `dt0c01.` (classic) or `dt0s0N.` (platform) + 24-character id + `.` + 64-character secret.
 * https://docs.dynatrace.com/docs/manage/identity-access-management/access-tokens-and-oauth-clients/access-tokens
 */
export const rule: SecretRule = {
  id: 'dynatrace-api-token',
  title: 'Dynatrace API token',
  severity: 'high',
  keywords: ['dt0c01.', 'dt0s01.', 'dt0s02.'],
  regex: /(?<![\w-])(dt0[cs]0\d\.[A-Z0-9]{24}\.[A-Z0-9]{64})(?![A-Za-z0-9])/,
  entropy: 3.5,
  docs: 'https://docs.dynatrace.com/docs/manage/identity-access-management/access-tokens-and-oauth-clients/access-tokens',
  remediation:
    'Revoke the credential in Dynatrace, issue a new one, and load it from a secret store or environment variable instead of the source.',
  examples: {
    positive: [
      'DT_API_TOKEN=dt0c01.0ZEY6X120NH3KF8OLO4LHQGJ.WEATTRBPIDQ0F77D1V1Q5TYYCPDI88E1Y8U2CJU5MJ0RKQ4D53IO3G77A5SCCC9I',
      'token: "dt0s01.FME83WRC3P2OQHLK2BUXEKLA.JAX4TJVPK1Q1YERTVFUCCSO9CG47CI9RXRF2ZP9998XOQ9EFWVI1YEK1ZEGDV6Q0"',
      'oauth=dt0s02.JCBAXWBQ1YMIA4UJ48FK4JGL.96WTCB1JHIYDRUCMPUAPJ8ZHPBK9YVLKR4KIJ80AXQEYB7CH319DCBTL5FM24O1S',
    ],
    negative: ['DT_API_TOKEN=dt0c01.ABC123.XYZ', 'dt0c01.ORX60FQFI2ZFIIM9HG77K2TQ.WG1EEYNFOOLOPB7IFOL1'],
  },
};
