import type { SecretRule } from '../../rule.js';

/**
 * Supabase personal access token. Management API tokens: `sbp_` + 40 hex; they control every project of the account.
 * https://supabase.com/docs/reference/api/introduction
 */
export const rule: SecretRule = {
  id: 'supabase-access-token',
  title: 'Supabase personal access token',
  severity: 'critical',
  keywords: ['sbp_'],
  regex: /(?<![\w+/-])(sbp_[a-f0-9]{40})(?![A-Za-z0-9])/,
  entropy: 3.5,
  docs: 'https://supabase.com/docs/reference/api/introduction',
  remediation:
    'Revoke the credential in Supabase, issue a new one, and load it from a secret store or environment variable instead of the source.',
  examples: {
    positive: [
      'SUPABASE_ACCESS_TOKEN=sbp_210ab81baa26b3fe49ef5c25f1491fa2e2c8148c',
      'supabase login --token sbp_b0eaac17011003cad59e074a4a3fa5807130bbde',
    ],
    negative: ['SUPABASE_ACCESS_TOKEN=sbp_xxxxxxxx', 'sbp_49d85ef3f55816a68ff7'],
  },
};
