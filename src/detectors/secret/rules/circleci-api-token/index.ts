import type { SecretRule } from '../../rule.js';

/**
 * CircleCI legacy API token. Legacy personal and project tokens are 40 hex.
 * https://circleci.com/docs/managing-api-tokens/
 */
export const rule: SecretRule = {
  id: 'circleci-api-token',
  title: 'CircleCI legacy API token',
  severity: 'high',
  keywords: ['circle'],
  regex:
    /(?<![a-z0-9])(?:circle(?:ci)?[\w.\-]{0,20}?(?:api[_.\-]?)?token)[\w.\-]{0,30}?["'\]]{0,2}[ \t]{0,16}(?:=>|:=|\|\|=|=|:|,)[ \t]{0,4}["'\x60]?[ \t]{0,2}([a-f0-9]{40})(?![\w\-])/i,
  entropy: 3,
  docs: 'https://circleci.com/docs/managing-api-tokens/',
  remediation:
    'Revoke the credential in CircleCI, issue a new one, and load it from a secret store or environment variable instead of the source.',
  examples: {
    positive: [
      'CIRCLECI_API_TOKEN=3c2bfb8a7ec3a2c2fa7d1e124ed9dd20fa92c12b',
      'circle_token: "e5a24133379dd5b0c907e92281815c779d577502"',
    ],
    negative: ['CIRCLECI_API_TOKEN=${CIRCLE_TOKEN}', 'CIRCLE_SHA1=0d3fca7fc62267cb50fb9d1dd6b5acc36bd3c84e'],
  },
};
