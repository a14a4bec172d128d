import type { SecretRule } from '../../rule.js';
import { PLACEHOLDERS, literalSecretValue } from '../shared.js';

/**
 * Secrets assigned to a secret- or credential-named key.
 */
export const rule: SecretRule = {
  id: "generic-secret-assignment",
  title: "Hard-coded secret",
  severity: 'medium',
  keywords: ["secret", "credential"],
  regex: /(?<![\w.-])([\w.-]{0,40}?(?:secret(?![_.-]?key)|credential)[\w.-]{0,30}?)(?:["\'\]]{0,2}[ \t]{0,4}(?:=|:=|:|=>|<-|\?\?=)|["\']\s{0,2},)[ \t]{0,4}(["\'`]?)([^\s"\'`]{10,300})\2/i,
  secretGroup: 3,
  entropy: 3.2,
  allowlist: [...PLACEHOLDERS],
  docs: "https://owasp.org/www-community/vulnerabilities/Use_of_hard-coded_password",
  validate: literalSecretValue(1, 2),
  remediation: "Move the value to a secret store or environment variable and rotate it.",
  examples: {
    positive: [
      "CLIENT_SECRET=No7TbP18B50nsRB994x9Y8EEsWkrOBNF",
      "\"credentials\" : \"246cdbf2788a58680d69fd2501f81a9e9eff28b958cf63b7739dd254e316bcf5\"",
      "  webhook_secret: \"ZVcouOeFwe3GivLhXDnpmoNd\"",
      "app.config[\"SECRET\"] = \"QCSpmdnVNFvMIjwO48Qd\"",
    ],
    negative: [
      "CLIENT_SECRET=${CLIENT_SECRET}",
      "secret_length = X25519.secret_length",
      "LLM_SECRET_NAME = \"NEXUS-GPT4-API-KEY\"",
      "keyVaultToStoreSecrets: cmp2-qat-1208358310",
      "JFROG_SECRET = $(cat /run/secrets/jfrog_secret)",
      "credentialsId: \"29f63271-dc2f-4734-8221-5b31b5169bac\"",
      "client_secret = \"your-client-secret\"",
      "secret: false",
    ],
  },
};
