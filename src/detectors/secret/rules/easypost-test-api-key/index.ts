import type { SecretRule } from '../../rule.js';

/**
 * EasyPost test API key. Test keys: `EZTK` + 54 alphanumerics.
 * https://docs.easypost.com/docs/authentication
 */
export const rule: SecretRule = {
  id: 'easypost-test-api-key',
  title: 'EasyPost test API key',
  severity: 'medium',
  keywords: ['eztk'],
  regex: /(?<![\w+/-])(EZTK[A-Za-z0-9]{54})(?![A-Za-z0-9])/,
  entropy: 3.5,
  docs: 'https://docs.easypost.com/docs/authentication',
  remediation:
    'Revoke the credential in EasyPost, issue a new one, and load it from a secret store or environment variable instead of the source.',
  examples: {
    positive: ['EASYPOST_TEST_KEY=EZTKE9b6Cz2MOuSTkbZg4oUCk11FB6W96xhtSubl9J7RVH2xOgRak8IoAQ'],
    negative: [
      '6wqX6fNUXA/rYqRvfQ+EZTKrZbAZlgaI4F5s4D6mZZDiSZRGfSRZP6h2oxJClgVmnoTHNTIVkoeaj',
      'EZTKTbyzVy755E',
    ],
  },
};
