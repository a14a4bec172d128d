import type { SecretRule } from '../../rule.js';
import { PLACEHOLDERS, literalSecretValue } from '../shared.js';

/**
 * A literal `value:` for a secret-named env var in a Pod spec belongs in a Secret (`valueFrom.secretKeyRef`).
 */
export const rule: SecretRule = {
  id: "kubernetes-env-secret",
  title: "Secret value in a Kubernetes container env",
  severity: 'medium',
  keywords: ["value:"],
  regex: /name:\s{0,3}["\']?([A-Za-z0-9_.-]{0,40}(?:PASSWORD|PASSWD|SECRET|TOKEN|API_?KEY|ACCESS_?KEY|PRIVATE_?KEY|CREDENTIALS?)[A-Za-z0-9_.-]{0,30})["\']?\s{0,3}\r?\n\s{0,40}value:\s{0,3}(["\']?)([^\s"\']{6,300})\2/i,
  secretGroup: 3,
  entropy: 2.5,
  allowlist: [...PLACEHOLDERS],
  docs: "https://kubernetes.io/docs/concepts/configuration/secret/#using-secrets-as-environment-variables",
  validate: literalSecretValue(1, 2),
  examples: {
    positive: [
      "        - name: DB_PASSWORD\n          value: \"g7XFaYqyIdIBTq\"",
      "  - name: STRIPE_API_KEY\n    value: sk_buygOC65tqKab4P618rSH877",
    ],
    negative: [
      "        - name: DB_PASSWORD\n          valueFrom:\n            secretKeyRef: {name: db, key: password}",
      "        - name: DB_PASSWORD\n          value: \"$(DB_PASSWORD)\"",
      "        - name: TOKEN_TTL\n          value: \"3600s\"",
    ],
  },
};
