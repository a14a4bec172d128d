import type { SecretRule } from '../../rule.js';
import { PLACEHOLDERS } from '../shared.js';

/**
 * GitHub tokens carry a type prefix (`gho_`) and 36 base62 characters (the last 6 a CRC32 checksum).
 */
export const rule: SecretRule = {
  id: "github-oauth-token",
  title: "GitHub OAuth access token",
  severity: 'high',
  keywords: ["gho_"],
  regex: /(?<![A-Za-z0-9_-])(gho_[A-Za-z0-9]{36})(?![A-Za-z0-9_-])/,
  entropy: 3.5,
  allowlist: [...PLACEHOLDERS],
  docs: "https://docs.github.com/en/authentication/keeping-your-account-and-data-secure/about-authentication-to-github#githubs-token-formats",
  remediation: "Revoke the token on GitHub (or via the credential revocation API) and create a new one with least scope.",
  examples: {
    positive: [
      "GITHUB_TOKEN=gho_cnXOpKwX6uAI9u9JlVgQerwdlQ770WuSld5p",
      "git remote set-url origin https://x-access-token:gho_lFQdyW7aCqqAITQKEXSrbk630XY2RyxkVo0G@github.com/acme/api.git",
      "  \"token\": \"gho_ocDXoa5u70INx51AbQhmM3f7BvyvmyulcwYL\"",
    ],
    negative: [
      "GITHUB_TOKEN=gho_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx",
      "GITHUB_TOKEN=gho_cnXOpKwX6uAI9u9JlVgQerwdlQ",
      "id = gho_df5qO56HftwVrMiOixEJg3jbNf4Xp7nyXPGM9z",
      "GITHUB_TOKEN=GHO_5aEc6X8fyc2fkKSvqXvYf2OyvQYoMxz3uvHJ",
    ],
  },
};
