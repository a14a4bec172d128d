import type { SecretRule } from '../../rule.js';

/**
 * Shopify private app access token. Shopify private app access tokens are `shppa_` + 32 hex characters.
 * https://shopify.dev/docs/apps/build/authentication-authorization/access-tokens/generate-app-access-tokens-admin
 */
export const rule: SecretRule = {
  id: 'shopify-private-app-token',
  title: 'Shopify private app access token',
  severity: 'critical',
  keywords: ['shppa_'],
  regex: /(?<![\w-])(shppa_[a-fA-F0-9]{32})(?![A-Za-z0-9])/,
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
      'SHOPIFY_TOKEN=shppa_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx',
      'shppa_c5e749687aa1f8bd91fc',
      'token = "shppa_<token>"',
    ],
  },
};
