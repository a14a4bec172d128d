import type { SecretRule } from '../../rule.js';
import { PLACEHOLDERS } from '../shared.js';

/**
 * GitHub tokens carry a type prefix (`ghp_`) and 36 base62 characters (the last 6 a CRC32 checksum).
 */
export const rule: SecretRule = {
  id: "github-pat",
  title: "GitHub personal access token (classic)",
  severity: 'critical',
  keywords: ["ghp_"],
  regex: /(?<![A-Za-z0-9_-])(ghp_[A-Za-z0-9]{36})(?![A-Za-z0-9_-])/,
  entropy: 3.5,
  allowlist: [...PLACEHOLDERS],
  docs: "https://docs.github.com/en/authentication/keeping-your-account-and-data-secure/about-authentication-to-github#githubs-token-formats",
  remediation: "Revoke the token on GitHub (or via the credential revocation API) and create a new one with least scope.",
  examples: {
    positive: [
      "GITHUB_TOKEN=ghp_MHMQpw8Zj4Sv7sITvyVCyD3fOnwkUSlnyweR",
      "git remote set-url origin https://x-access-token:ghp_uEPCt8Xtzv0UuYfQqIeyAOoje0YDv8MA0fx0@github.com/acme/api.git",
      "  \"token\": \"ghp_5IJGaPQvL889zjVN65gZ61q54QIJK5O2XzHE\"",
    ],
    negative: [
      "GITHUB_TOKEN=ghp_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx",
      "GITHUB_TOKEN=ghp_MHMQpw8Zj4Sv7sITvyVCyD3fOn",
      "id = ghp_IGND0cP9jpPoWHrNvvqbjOH1HXzFoAYCTM0v9z",
      "GITHUB_TOKEN=GHP_5wLy4a4p14OWoqQvQ82tuBcDhvaTIuRuhmWr",
    ],
  },
};
