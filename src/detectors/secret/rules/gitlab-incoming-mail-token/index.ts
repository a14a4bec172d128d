import type { SecretRule } from '../../rule.js';
import { PLACEHOLDERS } from '../shared.js';

/**
 * GitLab incoming email tokens start with `glimt-` (GitLab token prefixes).
 */
export const rule: SecretRule = {
  id: "gitlab-incoming-mail-token",
  title: "GitLab incoming email token",
  severity: 'medium',
  keywords: ["glimt-"],
  regex: /(?<![A-Za-z0-9_-])(glimt-[A-Za-z0-9_-]{25})(?![A-Za-z0-9_-])/,
  entropy: 3,
  allowlist: [...PLACEHOLDERS],
  docs: "https://docs.gitlab.com/ee/security/tokens/#token-prefixes",
  examples: {
    positive: [
      "GITLAB_TOKEN=glimt-7dw69ohvyum3n0t8kciqezx1a",
      "  token: \"glimt-7dw69ohvyum3n0t8kciqezx1a\"",
      "curl --header \"PRIVATE-TOKEN: glimt-7dw69ohvyum3n0t8kciqezx1a\" https://gitlab.example.com/api/v4/projects",
    ],
    negative: [
      "GITLAB_TOKEN=glimt-xxxxxxxxxxxxxxxxxxxxxxxx",
      "GITLAB_TOKEN=glimt-7dw69ohv",
    ],
  },
};
