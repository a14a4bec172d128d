import type { SecretRule } from '../../rule.js';

/**
 * Typeform personal access token. Personal tokens: `tfp_` + ~59 characters.
 * https://www.typeform.com/developers/get-started/personal-access-token/
 */
export const rule: SecretRule = {
  id: 'typeform-personal-access-token',
  title: 'Typeform personal access token',
  severity: 'high',
  keywords: ['tfp_'],
  regex: /(?<![\w+/-])(tfp_[A-Za-z0-9_.=-]{44,64})(?![A-Za-z0-9])/,
  entropy: 3.5,
  docs: 'https://www.typeform.com/developers/get-started/personal-access-token/',
  remediation:
    'Revoke the credential in Typeform, issue a new one, and load it from a secret store or environment variable instead of the source.',
  examples: {
    positive: [
      'TYPEFORM_TOKEN=tfp_2QVMPPiHmYKx5A9f5lBIb7IsIvd49x2Oq9cPvOKCxyJM_ZFS9gtVXNtaVHr',
      "Authorization: 'Bearer tfp_5b5Kjs8bIQFbPf7ux00RzEClzojbD06VSd7HEwWjUQBAAD6BPxDFSKrtoTS'",
    ],
    negative: ['TYPEFORM_TOKEN=tfp_your_token', 'tfp_9BnOyXGGpdPxwUVYzM3K'],
  },
};
