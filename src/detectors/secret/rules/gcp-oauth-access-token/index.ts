import type { SecretRule } from '../../rule.js';
import { PLACEHOLDERS } from '../shared.js';

/**
 * Short-lived Google OAuth access tokens start with `ya29.`.
 */
export const rule: SecretRule = {
  id: "gcp-oauth-access-token",
  title: "Google OAuth access token",
  severity: 'high',
  keywords: ["ya29."],
  regex: /(?<![A-Za-z0-9_-])(ya29\.[0-9A-Za-z_-]{30,2048})(?![A-Za-z0-9_-])/,
  entropy: 4,
  allowlist: [...PLACEHOLDERS],
  docs: "https://developers.google.com/identity/protocols/oauth2",
  examples: {
    positive: [
      "Authorization: Bearer ya29.a0W1Zw9-OHp46pBMt1toKZFr1WkBpxtxX8ttX4xumgMtTFC6Y_Xi25mtl3XZFmG5LjyJ_LOhi3yHC1oXt-8qy4-3bmdOGIstriIp9ljM7r04zHBgsDgwOz6AXL",
      "access_token = \"ya29.a0W1Zw9-OHp46pBMt1toKZFr1WkBpxtxX8ttX4xumgMtTFC6Y_Xi25mtl3XZFmG5LjyJ_LOhi3yHC1oXt-8qy\"",
    ],
    negative: [
      "token = ya29.dSNQDvTX8Q",
      "token = ya29.XXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX",
      "see ya29.example-token-value-goes-here-in-docs",
    ],
  },
};
