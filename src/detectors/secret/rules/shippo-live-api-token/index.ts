import type { SecretRule } from '../../rule.js';

/**
 * Shippo live API token. Live tokens: `shippo_live_` + 40 hex.
 * https://docs.goshippo.com/docs/guides_general/authentication/
 */
export const rule: SecretRule = {
  id: 'shippo-live-api-token',
  title: 'Shippo live API token',
  severity: 'high',
  keywords: ['shippo_live_'],
  regex: /(?<![\w+/-])(shippo_live_[a-f0-9]{40})(?![A-Za-z0-9])/,
  entropy: 3.5,
  docs: 'https://docs.goshippo.com/docs/guides_general/authentication/',
  remediation:
    'Revoke the credential in Shippo, issue a new one, and load it from a secret store or environment variable instead of the source.',
  examples: {
    positive: [
      'SHIPPO_API_KEY=shippo_live_ca6c38790013543c9e0c95a5ff2bbdb945c9c24d',
      'Authorization: ShippoToken shippo_live_09e30bdec7d4c2b1d5b620369c7c418001c6b761',
    ],
    negative: ['SHIPPO_API_KEY=shippo_live_<token>', 'shippo_live_456657bf5e003744e9e0'],
  },
};
