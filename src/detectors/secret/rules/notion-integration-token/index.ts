import type { SecretRule } from '../../rule.js';

/**
 * Notion integration token. Internal integration tokens: `ntn_` (since 2024) or `secret_` + 43 alphanumerics.
 * https://developers.notion.com/docs/authorization#internal-integration-auth-flow-set-up
 */
export const rule: SecretRule = {
  id: 'notion-integration-token',
  title: 'Notion integration token',
  severity: 'high',
  keywords: ['ntn_', 'secret_'],
  regex: /(?<![\w-])(ntn_\d{11}[A-Za-z0-9]{35}|secret_[A-Za-z0-9]{43})(?![A-Za-z0-9])/,
  entropy: 4,
  docs: 'https://developers.notion.com/docs/authorization#internal-integration-auth-flow-set-up',
  remediation:
    'Revoke the credential in Notion, issue a new one, and load it from a secret store or environment variable instead of the source.',
  examples: {
    positive: [
      'NOTION_TOKEN=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',
      'notion = Client(auth="secret_nynySgKWW3QWXnZI2IijRJ9VlexhNA7bpZKUhTs1jVH")',
    ],
    negative: [
      'NOTION_TOKEN=secret_...',
      'client_secret_gpyPF4hEYatxe5ocMPbPehQhrf2SrKuEHa8epfJJCPY',
      'secret_key_base = pPedl1E6GzhfTQbUCmM6',
    ],
  },
};
