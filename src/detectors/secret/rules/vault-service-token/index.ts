import type { SecretRule } from '../../rule.js';
import { PLACEHOLDERS } from '../shared.js';

/**
 * Vault service tokens begin with `hvs.` (Vault 1.10+).
 */
export const rule: SecretRule = {
  id: "vault-service-token",
  title: "HashiCorp Vault service token",
  severity: 'critical',
  keywords: ["hvs."],
  regex: /(?<![A-Za-z0-9_-])(hvs\.[A-Za-z0-9_-]{24,300})(?![A-Za-z0-9_-])/,
  entropy: 3.5,
  allowlist: [...PLACEHOLDERS],
  docs: "https://developer.hashicorp.com/vault/docs/concepts/tokens#token-prefixes",
  examples: {
    positive: [
      "VAULT_TOKEN=hvs.CAESIeypPlRviG1ZLVSafs8aS46c7TzoDFjJ_D9HCWXagfG3qDiR79BQ2uXncnvevDEycNdyUt7yZ0vR2PFMlS_twzWfDek",
      "  vault_token: \"hvs.FB7kfWWzGbABRLnucAuTB_f3\"",
    ],
    negative: [
      "VAULT_TOKEN=hvs.j51vQDMvUJ",
      "VAULT_TOKEN=hvs.XXXXXXXXXXXXXXXXXXXXXXXXXXXX",
    ],
  },
};
