import type { SecretRule } from '../../rule.js';

/**
 * Slack app-level token. App-level tokens (Socket Mode, event authorisations): `xapp-` + version + app id + numeric id + 64 hex.
 * https://api.slack.com/authentication/token-types#app-level
 */
export const rule: SecretRule = {
  id: 'slack-app-token',
  title: 'Slack app-level token',
  severity: 'high',
  keywords: ['xapp-'],
  regex: /(?<![\w-])(xapp-\d-[A-Z0-9]{9,12}-\d{10,14}-[a-f0-9]{64})(?![A-Za-z0-9])/,
  entropy: 3,
  docs: 'https://api.slack.com/authentication/token-types#app-level',
  remediation:
    'Revoke the credential in Slack, issue a new one, and load it from a secret store or environment variable instead of the source.',
  examples: {
    positive: [
      'SLACK_APP_TOKEN=xapp-1-A06ME3KAO1V-9821815307025-96107a5accb2c2ae3362b840bcb9096e15d5b5036b97c6bd32a492c5b45bdaa0',
      'app_token: "xapp-1-AVCC93VZVC5-4032511399391-645240019a1c4b6e32a6d09c28bd1d43c3854476ce11484169f6ca3f185c8b4d"',
    ],
    negative: [
      'SLACK_APP_TOKEN=xapp-1-your-app-token',
      'xapp-1-A0RQ7FPM1U4-9771169292320-1cb913f8d59c7ea14df0c05f41226bcf',
    ],
  },
};
