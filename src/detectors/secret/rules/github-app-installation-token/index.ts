import type { SecretRule } from '../../rule.js';
import { PLACEHOLDERS } from '../shared.js';

/**
 * GitHub tokens carry a type prefix (`ghs_`) and 36 base62 characters (the last 6 a CRC32 checksum).
 */
export const rule: SecretRule = {
  id: "github-app-installation-token",
  title: "GitHub App installation access token",
  severity: 'high',
  keywords: ["ghs_"],
  regex: /(?<![A-Za-z0-9_-])(ghs_[A-Za-z0-9]{36})(?![A-Za-z0-9_-])/,
  entropy: 3.5,
  allowlist: [...PLACEHOLDERS],
  docs: "https://docs.github.com/en/authentication/keeping-your-account-and-data-secure/about-authentication-to-github#githubs-token-formats",
  remediation: "Revoke the token on GitHub (or via the credential revocation API) and create a new one with least scope.",
  examples: {
    positive: [
      "GITHUB_TOKEN=ghs_pY37n5ZjLlRXreazk1aYj95QDCxWtduG6Ioz",
      "git remote set-url origin https://x-access-token:ghs_OBvQ8DmNrnYOMeQ5h6jBz2XciAV2WVS8Zqln@github.com/acme/api.git",
      "  \"token\": \"ghs_2fLo0AKdHuH94oIT7hXMKA8tV106V0N9ZqrV\"",
    ],
    negative: [
      "GITHUB_TOKEN=ghs_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx",
      "GITHUB_TOKEN=ghs_pY37n5ZjLlRXreazk1aYj95QDC",
      "id = ghs_DDfyJlDRX3NOnV61dwsD4wpgNFWla4wuNcYn9z",
      "GITHUB_TOKEN=GHS_1DcXejLRuNGjzX823BJCXk7goJgBPDqakbD0",
    ],
  },
};
