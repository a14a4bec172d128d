import type { SecretRule } from '../../rule.js';

/**
 * Hugging Face organization API token. Legacy organization tokens: `api_org_` + 34 letters.
 * https://huggingface.co/docs/hub/security-tokens
 */
export const rule: SecretRule = {
  id: 'huggingface-organization-token',
  title: 'Hugging Face organization API token',
  severity: 'high',
  keywords: ['api_org_'],
  regex: /(?<![\w-])(api_org_[A-Za-z]{34})(?![A-Za-z0-9])/,
  entropy: 3.5,
  docs: 'https://huggingface.co/docs/hub/security-tokens',
  remediation:
    'Revoke the credential in Hugging Face, issue a new one, and load it from a secret store or environment variable instead of the source.',
  examples: {
    positive: [
      'HF_ORG_TOKEN=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',
      "token: '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'",
    ],
    negative: ['api_org_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx', 'api_org_name'],
  },
};
