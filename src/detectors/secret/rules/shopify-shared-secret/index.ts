import type { SecretRule } from '../../rule.js';

/**
 * Shopify app shared secret. Shopify app shared secrets are `shpss_` + 32 hex characters.
 * https://shopify.dev/docs/apps/build/authentication-authorization/access-tokens/generate-app-access-tokens-admin
 */
export const rule: SecretRule = {
  id: 'shopify-shared-secret',
  title: 'Shopify app shared secret',
  severity: 'high',
  keywords: ['shpss_'],
  regex: /(?<![\w-])(shpss_[a-fA-F0-9]{32})(?![A-Za-z0-9])/,
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
      'SHOPIFY_TOKEN=shpss_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx',
      'shpss_cc8b735f442b80232014',
      'token = "shpss_<token>"',
    ],
  },
};
