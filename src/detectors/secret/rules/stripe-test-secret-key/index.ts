import type { SecretRule } from '../../rule.js';

/**
 * Stripe test-mode secret or restricted key. Test-mode keys cannot move money but expose test data and account settings.
 * https://docs.stripe.com/keys#test-live-modes
 */
export const rule: SecretRule = {
  id: 'stripe-test-secret-key',
  title: 'Stripe test-mode secret or restricted key',
  severity: 'medium',
  keywords: ['sk_test_', 'rk_test_'],
  regex: /(?<![\w-])((?:sk|rk)_test_[A-Za-z0-9]{20,247})(?![A-Za-z0-9])/,
  entropy: 3.5,
  // Placeholders of this format seen in documentation and templates.
  allowlist: [/_(?:x{8,}|X{8,}|0{8,})/],
  docs: 'https://docs.stripe.com/keys#test-live-modes',
  remediation:
    'Revoke the credential in Stripe, issue a new one, and load it from a secret store or environment variable instead of the source.',
  examples: {
    positive: [
      'STRIPE_KEY=sk_test_515QMXfRXyK1lCvVQzOcwZWK2CRslOwwuMNCdxpIkZRdEaJlw44uuUIjjKe699NjrI99L6ezNwoDwMkvLIBYkS64CaGmKmdSCug',
      'Stripe.apiKey = "rk_test_wEC0zOPeRxomC1S4frG5nMny";',
    ],
    negative: ['sk_test_xxxxxxxxxxxxxxxxxxxxxxxx', 'pk_test_dlDUR6WUFMndOn4Kd1gIMOlJ'],
  },
};
