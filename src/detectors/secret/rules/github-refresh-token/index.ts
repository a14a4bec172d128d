import type { SecretRule } from '../../rule.js';
import { PLACEHOLDERS } from '../shared.js';

/**
 * GitHub tokens carry a type prefix (`ghr_`) and 36 base62 characters (the last 6 a CRC32 checksum).
 */
export const rule: SecretRule = {
  id: "github-refresh-token",
  title: "GitHub App refresh token",
  severity: 'high',
  keywords: ["ghr_"],
  regex: /(?<![A-Za-z0-9_-])(ghr_[A-Za-z0-9]{36})(?![A-Za-z0-9_-])/,
  entropy: 3.5,
  allowlist: [...PLACEHOLDERS],
  docs: "https://docs.github.com/en/authentication/keeping-your-account-and-data-secure/about-authentication-to-github#githubs-token-formats",
  remediation: "Revoke the token on GitHub (or via the credential revocation API) and create a new one with least scope.",
  examples: {
    positive: [
      "GITHUB_TOKEN=ghr_GlIZtaWZrjq1yejH846dk2lh6yaM0jFgPMdb",
      "git remote set-url origin https://x-access-token:ghr_5MBqY5zVImzd7lcjkhuINisXwZqyVvJcRKBt@github.com/acme/api.git",
      "  \"token\": \"ghr_hukCKlZbDGjOvv1MDUYHoINrlMSc7YV2sKVd\"",
    ],
    negative: [
      "GITHUB_TOKEN=ghr_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx",
      "GITHUB_TOKEN=ghr_GlIZtaWZrjq1yejH846dk2lh6y",
      "id = ghr_hAiUwJjhcHkr81Bv9s5AAousJzqJ5rZfd2eH9z",
      "GITHUB_TOKEN=GHR_RBPZ024zcq7NeQNQmEAp58WNmTCIKO83XFb6",
    ],
  },
};
