import type { SecretRule } from '../../rule.js';

/**
 * Supabase secret API key. Secret keys (`sb_secret_`) bypass row-level security like the old service_role key.
 * https://supabase.com/docs/guides/api/api-keys
 */
export const rule: SecretRule = {
  id: 'supabase-secret-key',
  title: 'Supabase secret API key',
  severity: 'critical',
  keywords: ['sb_secret_'],
  regex: /(?<![\w+/-])(sb_secret_[A-Za-z0-9_-]{31,64})(?![A-Za-z0-9])/,
  entropy: 3.5,
  docs: 'https://supabase.com/docs/guides/api/api-keys',
  remediation:
    'Revoke the credential in Supabase, issue a new one, and load it from a secret store or environment variable instead of the source.',
  examples: {
    positive: [
      'SUPABASE_SECRET_KEY=sb_secret_bJP11uH1CifHfN1sFGmENknoJ1mNemea',
      "createClient(url, 'sb_secret_-zZHyCXHM0BqHRLrNR6hW6PNfRkbyA57SU09nT_m')",
    ],
    negative: ['SUPABASE_PUBLISHABLE_KEY=sb_publishable_Vq-XJ6f39ARe9ZFYa0e038kAgVsQltUk', 'sb_secret_...'],
  },
};
