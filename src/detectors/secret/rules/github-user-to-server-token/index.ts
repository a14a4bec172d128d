import type { SecretRule } from '../../rule.js';
import { PLACEHOLDERS } from '../shared.js';

/**
 * GitHub tokens carry a type prefix (`ghu_`) and 36 base62 characters (the last 6 a CRC32 checksum).
 */
export const rule: SecretRule = {
  id: "github-user-to-server-token",
  title: "GitHub App user access token",
  severity: 'high',
  keywords: ["ghu_"],
  regex: /(?<![A-Za-z0-9_-])(ghu_[A-Za-z0-9]{36})(?![A-Za-z0-9_-])/,
  entropy: 3.5,
  allowlist: [...PLACEHOLDERS],
  docs: "https://docs.github.com/en/authentication/keeping-your-account-and-data-secure/about-authentication-to-github#githubs-token-formats",
  remediation: "Revoke the token on GitHub (or via the credential revocation API) and create a new one with least scope.",
  examples: {
    positive: [
      "GITHUB_TOKEN=ghu_nOo1JwRCX8kZJUlBngCeNdLDH4bPXutvipl1",
      "git remote set-url origin https://x-access-token:ghu_JD4PFGtPIkzXWPuJFc3dNhO9kw3xRUdEVDAo@github.com/acme/api.git",
      "  \"token\": \"ghu_YxV9XuGT2aYwHrCMs3toadV4XpvqWsIrtgG0\"",
    ],
    negative: [
      "GITHUB_TOKEN=ghu_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx",
      "GITHUB_TOKEN=ghu_nOo1JwRCX8kZJUlBngCeNdLDH4",
      "id = ghu_8VV3MHY0Osb4SA4HlqTdvePhOgn4rBvD7CQg9z",
      "GITHUB_TOKEN=GHU_TJRKD6OAET8iX2KP4nkjrFFYOdNkuzFrB9IS",
    ],
  },
};
