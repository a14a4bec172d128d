import type { SecretRule } from '../../rule.js';

/**
 * Braintree / PayPal access token. Braintree/PayPal gateway access tokens: `access_token$<env>$<merchant id>$<32 hex>`.
 * https://developer.paypal.com/braintree/docs/guides/authorization/access-token
 */
export const rule: SecretRule = {
  id: 'braintree-access-token',
  title: 'Braintree / PayPal access token',
  severity: 'critical',
  keywords: ['access_token$'],
  regex: /(access_token\$(?:production|sandbox)\$[0-9a-z]{16}\$[0-9a-f]{32})(?![0-9a-f])/,
  entropy: 3,
  docs: 'https://developer.paypal.com/braintree/docs/guides/authorization/access-token',
  remediation:
    'Revoke the credential in Braintree, issue a new one, and load it from a secret store or environment variable instead of the source.',
  examples: {
    positive: [
      'BRAINTREE_ACCESS_TOKEN=access_token$production$ynojov71hcosv34u$612403fa162e8866ebace98e5a4acde6',
      'gateway = braintree.BraintreeGateway(access_token="access_token$sandbox$d6qrgb6ytgnyafpo$b7328f5f29baf58d64a7bddf93be9549")',
    ],
    negative: [
      'access_token$production$merchant_id$access_token',
      'access_token$sandbox$605qtjzrqer587v9$4e9f214e3b10b8f9',
    ],
  },
};
