import type { SecretRule } from '../../rule.js';

/**
 * Stripe live secret or restricted key. Live-mode secret (`sk_live_`) and restricted (`rk_live_`) keys move real money.
 * https://docs.stripe.com/keys
 */
export const rule: SecretRule = {
  id: 'stripe-live-secret-key',
  title: 'Stripe live secret or restricted key',
  severity: 'critical',
  keywords: ['sk_live_', 'rk_live_', 'sk_prod_', 'rk_prod_'],
  regex: /(?<![\w-])((?:sk|rk)_(?:live|prod)_[A-Za-z0-9]{20,247})(?![A-Za-z0-9])/,
  entropy: 3.5,
  // Placeholders of this format seen in documentation and templates.
  allowlist: [/_(?:x{8,}|X{8,}|0{8,})/],
  docs: 'https://docs.stripe.com/keys',
  remediation:
    'Revoke the credential in Stripe, issue a new one, and load it from a secret store or environment variable instead of the source.',
  examples: {
    positive: [
      'STRIPE_SECRET_KEY=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',
      "stripe.api_key = 'rk_live_Tzs7NfVxLjNY7hzwtfW2899o'",
      'key: sk_prod_DCTEyAVxvdITsg5u6fKd6sbpMjQJ0bWL3DDCtY6VQ7btJK3wz6CoS6qNYp22AKKB9PQfzTojrGg8hhQjcFkfYtEftRupakBKb3K',
      'RESTRICTED=rk_prod_51pMwqOGkJU5WLI0oRKjpyYbrDLhf9N82xOiw1XZkPWu6L35xqPIQWqTAIeNhb',
    ],
    negative: [
      'STRIPE_SECRET_KEY=sk_live_xxxxxxxxxxxxxxxxxxxxxxxx',
      'publishable: pk_live_i2KWQq5WTcLh0nSKr537AQpt',
      'sk_live_',
    ],
  },
};
