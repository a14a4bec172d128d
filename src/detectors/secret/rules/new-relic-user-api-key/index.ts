import type { SecretRule } from '../../rule.js';

/**
 * New Relic user API key. User keys (`NRAK-`) query and change the account through NerdGraph.
 * https://docs.newrelic.com/docs/apis/intro-apis/new-relic-api-keys/#user-key
 */
export const rule: SecretRule = {
  id: 'new-relic-user-api-key',
  title: 'New Relic user API key',
  severity: 'high',
  keywords: ['nrak-'],
  regex: /(?<![\w-])(NRAK-[A-Z0-9]{27})(?![A-Za-z0-9])/,
  entropy: 3.5,
  // Placeholders of this format seen in documentation and templates.
  allowlist: [/X{10,}/],
  docs: 'https://docs.newrelic.com/docs/apis/intro-apis/new-relic-api-keys/#user-key',
  remediation:
    'Revoke the credential in New Relic, issue a new one, and load it from a secret store or environment variable instead of the source.',
  examples: {
    positive: [
      'NEW_RELIC_API_KEY=NRAK-BFB35WV3N7FZ0467I4LN27LJQM7',
      'newrelic_user_key: "NRAK-KIZB71YDZZSJMWBYT5SUQTHZEQV"',
    ],
    negative: ['NEW_RELIC_API_KEY=NRAK-XXXXXXXXXXXXXXXXXXXXXXXXXXX', 'NRAK-8N1HMGRSRWXG'],
  },
};
