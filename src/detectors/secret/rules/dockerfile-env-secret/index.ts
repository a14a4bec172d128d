import type { SecretRule } from '../../rule.js';
import { PLACEHOLDERS, literalSecretValue } from '../shared.js';

/**
 * ENV/ARG values are baked into image layers and history; secrets belong in build secrets (`RUN --mount=type=secret`).
 * The `ENV KEY=value` form is covered by the generic assignment rules.
 */
export const rule: SecretRule = {
  id: "dockerfile-env-secret",
  title: "Secret in a Dockerfile ENV/ARG",
  severity: 'medium',
  keywords: ["env", "arg"],
  regex: /^\s{0,8}(?:ENV|ARG)\s+([A-Za-z0-9_]{0,40}(?:PASSWORD|PASSWD|SECRET|TOKEN|API_?KEY|ACCESS_?KEY|PRIVATE_?KEY)[A-Za-z0-9_]{0,30})\s+(["\']?)([^\s"\']{6,300})\2/im,
  secretGroup: 3,
  entropy: 3,
  allowlist: [...PLACEHOLDERS],
  docs: "https://docs.docker.com/build/building/secrets/",
  validate: literalSecretValue(1, 2),
  examples: {
    positive: [
      "ENV NPM_TOKEN 15tGrxa1gExCJOmuwaSxgJ7f",
      "ARG GITHUB_API_KEY \"A1ONjZLoYxRa8KqdI2T2\"",
    ],
    negative: [
      "ENV NPM_TOKEN ${NPM_TOKEN}",
      "ARG DB_PASSWORD",
      "ENV TOKEN_FILE /run/secrets/token",
    ],
  },
};
