import type { SecretRule } from '../../rule.js';
import { PLACEHOLDERS } from '../shared.js';

/**
 * Before Vault 1.10 tokens were `s.` (service) or `b.` (batch) plus 24 characters; reported after a Vault token name.
 */
export const rule: SecretRule = {
  id: "vault-legacy-token",
  title: "HashiCorp Vault token (legacy s. format)",
  severity: 'high',
  keywords: ["vault"],
  regex: /vault[\w.-]{0,30}?token[\w.-]{0,10}?["\']?\s{0,3}(?:=|:=|:|=>|\s)\s{0,3}["\']?([sb]\.[A-Za-z0-9]{24})(?![A-Za-z0-9_-])/i,
  entropy: 3.5,
  allowlist: [...PLACEHOLDERS],
  docs: "https://developer.hashicorp.com/vault/docs/concepts/tokens",
  examples: {
    positive: [
      "VAULT_TOKEN=s.PD1jds1cX4ShfqvwuWyCLLdL",
      "vault_token: \"s.bHpY4nSMNI8uB9psxyhwKXTR\"",
    ],
    negative: [
      "VAULT_TOKEN=s.ArTxT5UWN1",
      "VAULT_TOKEN=$VAULT_TOKEN",
      "vault_token_ttl = \"s.n45k0tMUdX85C7eJ1CCvkJ3D7fARXo\"",
    ],
  },
};
