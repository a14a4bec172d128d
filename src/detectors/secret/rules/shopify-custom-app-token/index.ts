import type { SecretRule } from '../../rule.js';

/**
 * Shopify custom app access token. Shopify custom app access tokens are `shpca_` + 32 hex characters.
 * https://shopify.dev/docs/apps/build/authentication-authorization/access-tokens/generate-app-access-tokens-admin
 */
export const rule: SecretRule = {
  id: 'shopify-custom-app-token',
  title: 'Shopify custom app access token',
  severity: 'critical',
  keywords: ['shpca_'],
  regex: /(?<![\w-])(shpca_[a-fA-F0-9]{32})(?![A-Za-z0-9])/,
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
      'SHOPIFY_TOKEN=shpca_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx',
      'shpca_6998ffc06f31d9c0f82d',
      'token = "shpca_<token>"',
    ],
  },
};
