import type { SecretRule } from '../../rule.js';

/**
 * Linear API key. Personal API keys (`lin_api_`) and OAuth tokens (`lin_oauth_`).
 * https://linear.app/developers/graphql#authentication
 */
export const rule: SecretRule = {
  id: 'linear-api-key',
  title: 'Linear API key',
  severity: 'high',
  keywords: ['lin_api_', 'lin_oauth_'],
  regex: /(?<![\w-])(lin_api_[A-Za-z0-9]{40}|lin_oauth_[a-f0-9]{64})(?![A-Za-z0-9])/,
  entropy: 3.5,
  docs: 'https://linear.app/developers/graphql#authentication',
  remediation:
    'Revoke the credential in Linear, issue a new one, and load it from a secret store or environment variable instead of the source.',
  examples: {
    positive: [
      'LINEAR_API_KEY=lin_api_IsDBPeHvxEJndWAeSDJ1aQoll1BCjJ7wecjRpa2v',
      'Authorization: lin_oauth_3c97c374efc30eac4f5f5cdaccbef8dccb843c95df2fca9716373163b3ca3a34',
    ],
    negative: [
      'LINEAR_API_KEY=lin_api_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx',
      'lin_api_kDlo4prLsSPen0GBrqJw',
    ],
  },
};
