import type { SecretRule } from '../../rule.js';

/**
 * Hugging Face access token. User access tokens: `hf_` + 34 letters.
 * https://huggingface.co/docs/hub/security-tokens
 */
export const rule: SecretRule = {
  id: 'huggingface-access-token',
  title: 'Hugging Face access token',
  severity: 'high',
  keywords: ['hf_'],
  regex: /(?<![\w-])(hf_[A-Za-z]{34})(?![A-Za-z0-9])/,
  entropy: 3.5,
  docs: 'https://huggingface.co/docs/hub/security-tokens',
  remediation:
    'Revoke the credential in Hugging Face, issue a new one, and load it from a secret store or environment variable instead of the source.',
  examples: {
    positive: [
      'HF_TOKEN=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',
      "login(token='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')",
    ],
    negative: [
      'HF_TOKEN=hf_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx',
      'hf_EFEbxzKobbSglEniQsDP',
      'self.hf_model_name_for_tokenizer_config',
    ],
  },
};
