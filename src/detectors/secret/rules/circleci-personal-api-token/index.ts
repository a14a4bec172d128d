import type { SecretRule } from '../../rule.js';

/**
 * CircleCI personal API token. Personal tokens: `CCIPAT_` + 22 characters + `_` + 40 hex.
 * https://circleci.com/docs/managing-api-tokens/
 */
export const rule: SecretRule = {
  id: 'circleci-personal-api-token',
  title: 'CircleCI personal API token',
  severity: 'high',
  keywords: ['ccipat_'],
  regex: /(?<![\w-])(CCIPAT_[A-Za-z0-9]{22}_[a-f0-9]{40})(?![A-Za-z0-9])/,
  entropy: 3.5,
  docs: 'https://circleci.com/docs/managing-api-tokens/',
  remediation:
    'Revoke the credential in CircleCI, issue a new one, and load it from a secret store or environment variable instead of the source.',
  examples: {
    positive: [
      'CIRCLECI_TOKEN=CCIPAT_7nOyxuhofSxHHmolJS6ix0_01d1ab749af0dc12a8f81286a2d2761861d775b5',
      'Circle-Token: CCIPAT_VnfZ9XTD9My6gqRoOTyH3F_8ae3355402fd260655474de33226b0d92f7d1136',
    ],
    negative: ['CIRCLECI_TOKEN=CCIPAT_xxx', 'CCIPAT_CB2tvBh0jYiBh0GjfGI6uC'],
  },
};
