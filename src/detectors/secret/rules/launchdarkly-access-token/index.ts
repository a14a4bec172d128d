import type { SecretRule } from '../../rule.js';

/**
 * LaunchDarkly API access token. REST API access tokens: `api-` + UUID.
 * https://docs.launchdarkly.com/home/account/api
 */
export const rule: SecretRule = {
  id: 'launchdarkly-access-token',
  title: 'LaunchDarkly API access token',
  severity: 'high',
  keywords: ['api-'],
  regex: /(?<![\w-])(api-[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})(?![\w-])/,
  entropy: 3,
  docs: 'https://docs.launchdarkly.com/home/account/api',
  remediation:
    'Revoke the credential in LaunchDarkly, issue a new one, and load it from a secret store or environment variable instead of the source.',
  examples: {
    positive: [
      'LD_API_TOKEN=api-cd598675-278d-4439-adcb-237388efe18b',
      'Authorization: api-f7a6dd29-2e07-4a5c-a4a6-f6ece108a237',
    ],
    negative: [
      'LD_API_TOKEN=api-00000000-0000-0000-0000-000000000000',
      'x-api-6cddd06b-c3b4-404d-a384-1f15880caa8d',
    ],
  },
};
