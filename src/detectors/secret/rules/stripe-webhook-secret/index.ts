import type { SecretRule } from '../../rule.js';

/**
 * Stripe webhook signing secret. The signing secret lets an attacker forge webhook events your endpoint trusts.
 * https://docs.stripe.com/webhooks#verify-events
 */
export const rule: SecretRule = {
  id: 'stripe-webhook-secret',
  title: 'Stripe webhook signing secret',
  severity: 'high',
  keywords: ['whsec_'],
  regex: /(?<![\w-])(whsec_[A-Za-z0-9+/]{32,64})(?![A-Za-z0-9+/])/,
  entropy: 3.5,
  docs: 'https://docs.stripe.com/webhooks#verify-events',
  remediation:
    'Revoke the credential in Stripe, issue a new one, and load it from a secret store or environment variable instead of the source.',
  examples: {
    positive: [
      'STRIPE_WEBHOOK_SECRET=whsec_kBsPWYO5xeTr7i9GT6BHBltE7AsBsqYH',
      'endpoint_secret = "whsec_oKUHcL4Dbc3R5IeqJtFb2ADaXQ1jrm9l"',
    ],
    negative: ['STRIPE_WEBHOOK_SECRET=whsec_...', 'whsec_test_secret'],
  },
};
