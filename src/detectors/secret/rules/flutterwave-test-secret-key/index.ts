import type { SecretRule } from '../../rule.js';

/**
 * Flutterwave test secret or encryption key. Test-mode secret (`FLWSECK_TEST-…-X`) and encryption (`FLWSECK_TEST…`) keys.
 * https://developer.flutterwave.com/docs/authentication
 */
export const rule: SecretRule = {
  id: 'flutterwave-test-secret-key',
  title: 'Flutterwave test secret or encryption key',
  severity: 'medium',
  keywords: ['flwseck_test'],
  regex: /(?<![\w-])(FLWSECK_TEST-?[a-h0-9]{12,32}(?:-X)?)(?![\w-])/,
  entropy: 3,
  docs: 'https://developer.flutterwave.com/docs/authentication',
  remediation:
    'Revoke the credential in Flutterwave, issue a new one, and load it from a secret store or environment variable instead of the source.',
  examples: {
    positive: [
      'FLW_SECRET_KEY=FLWSECK_TEST-cae0dhffe3ece411ebccdbded224a7gc-X',
      'FLW_ENCRYPTION_KEY=FLWSECK_TEST359d35cabea4',
    ],
    negative: ['FLW_SECRET_KEY=FLWSECK_TEST-xxxxxxxxxxxx', 'FLWPUBK_TEST-fb63c5c1egd5835eg61d5cc72g0gbace-X'],
  },
};
