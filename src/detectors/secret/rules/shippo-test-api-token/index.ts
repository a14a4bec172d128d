import type { SecretRule } from '../../rule.js';

/**
 * Shippo test API token. Test tokens: `shippo_test_` + 40 hex.
 * https://docs.goshippo.com/docs/guides_general/authentication/
 */
export const rule: SecretRule = {
  id: 'shippo-test-api-token',
  title: 'Shippo test API token',
  severity: 'medium',
  keywords: ['shippo_test_'],
  regex: /(?<![\w+/-])(shippo_test_[a-f0-9]{40})(?![A-Za-z0-9])/,
  entropy: 3.5,
  docs: 'https://docs.goshippo.com/docs/guides_general/authentication/',
  remediation:
    'Revoke the credential in Shippo, issue a new one, and load it from a secret store or environment variable instead of the source.',
  examples: {
    positive: ['SHIPPO_API_KEY=shippo_test_de3dade9163b18c7c2a98f3e8dd2134e16602386'],
    negative: ['shippo_test_7271791c13f715cc3113'],
  },
};
