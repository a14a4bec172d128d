import type { SecretRule } from '../../rule.js';

/**
 * Sourcegraph access token. Access tokens: `sgp_` + optional instance id + 40 hex.
 * https://sourcegraph.com/docs/cli/how-tos/creating_an_access_token
 */
export const rule: SecretRule = {
  id: 'sourcegraph-access-token',
  title: 'Sourcegraph access token',
  severity: 'high',
  keywords: ['sgp_'],
  regex: /(?<![\w-])(sgp_(?:[a-f0-9]{16}_|local_)?[a-f0-9]{40})(?![A-Za-z0-9])/,
  entropy: 3,
  docs: 'https://sourcegraph.com/docs/cli/how-tos/creating_an_access_token',
  remediation:
    'Revoke the credential in Sourcegraph, issue a new one, and load it from a secret store or environment variable instead of the source.',
  examples: {
    positive: [
      'SRC_ACCESS_TOKEN=sgp_278303086f9d550b_1ff5d692a63bba7b6c076b1d3f7cc3b711badb2d',
      'token: sgp_local_7a025b4644737136d4f5a6303df1f0dece1f3388',
      'src login --token sgp_8ff311063ecfaa23af398e001be532aaf4ea94f7',
    ],
    negative: ['SRC_ACCESS_TOKEN=sgp_xxx', 'sgp_a4c24701870bf16255e5'],
  },
};
