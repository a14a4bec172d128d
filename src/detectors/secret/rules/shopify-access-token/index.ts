import type { SecretRule } from '../../rule.js';

/**
 * Shopify Admin API access token. Shopify Admin API access tokens are `shpat_` + 32 hex characters.
 * https://shopify.dev/docs/apps/build/authentication-authorization/access-tokens/generate-app-access-tokens-admin
 */
export const rule: SecretRule = {
  id: 'shopify-access-token',
  title: 'Shopify Admin API access token',
  severity: 'critical',
  keywords: ['shpat_'],
  regex: /(?<![\w-])(shpat_[a-fA-F0-9]{32})(?![A-Za-z0-9])/,
  entropy: 3,
  docs: 'https://shopify.dev/docs/apps/build/authentication-authorization/access-tokens/generate-app-access-tokens-admin',
  remediation:
    'Revoke the credential in Shopify, issue a new one, and load it from a secret store or environment variable instead of the source.',
  examples: {
    positive: [
      'SHOPIFY_TOKEN=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',
      'headers = {"X-Shopify-Access-Token": "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"}',
    ],
    negative: [
      'SHOPIFY_TOKEN=shpat_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx',
      'shpat_2b4953f1c1c2c01b03bd',
      'token = "shpat_<token>"',
    ],
  },
};
