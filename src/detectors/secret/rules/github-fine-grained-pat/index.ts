import type { SecretRule } from '../../rule.js';
import { PLACEHOLDERS } from '../shared.js';

/**
 * Fine-grained PATs: `github_pat_`, 22 base62, `_`, 59 base62.
 */
export const rule: SecretRule = {
  id: "github-fine-grained-pat",
  title: "GitHub fine-grained personal access token",
  severity: 'critical',
  keywords: ["github_pat_"],
  regex: /(?<![A-Za-z0-9_-])(github_pat_[A-Za-z0-9]{22}_[A-Za-z0-9]{59})(?![A-Za-z0-9_-])/,
  entropy: 3.5,
  allowlist: [...PLACEHOLDERS],
  docs: "https://docs.github.com/en/authentication/keeping-your-account-and-data-secure/about-authentication-to-github#githubs-token-formats",
  examples: {
    positive: [
      "GH_TOKEN=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",
      "  token: \"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\"",
    ],
    negative: [
      "GH_TOKEN=github_pat_Kr1WZffoOKORVL5DpYKL4M_R3u64xeQsYBWqFA8R2lLtZA3LF",
      "GH_TOKEN=github_pat_XXXXXXXXXXXXXXXXXXXXXX_XXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX",
      "GH_TOKEN=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",
    ],
  },
};
