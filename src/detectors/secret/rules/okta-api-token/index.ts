import type { SecretRule } from '../../rule.js';

/**
 * Okta API token. SSWS API tokens: 42 characters starting with `00`, with the rights of the admin who made them.
 * https://developer.okta.com/docs/guides/create-an-api-token/main/
 */
export const rule: SecretRule = {
  id: 'okta-api-token',
  title: 'Okta API token',
  severity: 'critical',
  keywords: ['okta'],
  regex:
    /(?<![a-z])(?:okta[\w.\-]{0,20}?(?:api[_.\-]?)?(?:token|key|secret))[\w.\-]{0,30}?["'\]]{0,2}[ \t]{0,16}(?:=>|:=|\|\|=|=|:|,)[ \t]{0,4}["'\x60]?[ \t]{0,2}(00[A-Za-z0-9_-]{40})(?![\w\-])/i,
  entropy: 3.5,
  docs: 'https://developer.okta.com/docs/guides/create-an-api-token/main/',
  remediation:
    'Revoke the credential in Okta, issue a new one, and load it from a secret store or environment variable instead of the source.',
  examples: {
    positive: [
      'OKTA_API_TOKEN=00JDupPBMaKx4AAhOUCK-l1R8FyrhekVrtlDLUQIQC',
      '"oktaApiToken": "00jUcpzSJc5Sss1VR8PjB98QcLqYRn9AX8OA38V7t2",',
      'okta_client_token = "00ILLJntahWDIdifE9pGKe88IPXvGQTCRTii8IIcrQ"',
    ],
    negative: [
      'oktaKey = 00000000000000000000000000000000000TUVWXYZ',
      'bookTable = 00c4c1cCV8G_CQ3dyIoDMk4xWKL6VfWgeKUD_NuS9o',
      'OKTA_API_TOKEN=${OKTA_TOKEN}',
    ],
  },
};
