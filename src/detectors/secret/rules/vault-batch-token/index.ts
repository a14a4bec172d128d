import type { SecretRule } from '../../rule.js';
import { PLACEHOLDERS } from '../shared.js';

/**
 * Vault batch tokens begin with `hvb.` and are long (they embed their own state).
 */
export const rule: SecretRule = {
  id: "vault-batch-token",
  title: "HashiCorp Vault batch token",
  severity: 'high',
  keywords: ["hvb."],
  regex: /(?<![A-Za-z0-9_-])(hvb\.[A-Za-z0-9_-]{100,400})(?![A-Za-z0-9_-])/,
  entropy: 4,
  allowlist: [...PLACEHOLDERS],
  docs: "https://developer.hashicorp.com/vault/docs/concepts/tokens#token-prefixes",
  examples: {
    positive: [
      "VAULT_TOKEN=hvb.AAAAAQ59qi2LcvnFIeLppdaDHIjkitOFUABaYafz_Cmrz8UqjENiiJv0Efx7duB3cqrjTAzY_fT-KN3aMrwLojly0xN9cM7RV19HSoPn6NhO2XqaOKKp0y3nMAGkKUIXO2r-_o1lQJ8iGm5ManizGah7sbhG",
      "  token: hvb.AAAAAQR0NEJ6FIFyLeEhOqxEw0J4j1f6KlU6Y-OIF1gCcnLfXI79d3vhqDMUhYGiy8W2Ly_9ykhNP9_ph35_tkeoAv0rjUTo5TErN-gULvSk0fPjW1Vm2cc2tavukIJPNs66BbEr",
    ],
    negative: [
      "VAULT_TOKEN=hvb.NauXaf6v8wUMjvZwkPleUBeMLoZC4dYI5SRHYjR2",
      "VAULT_TOKEN=hvb.XXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX",
    ],
  },
};
