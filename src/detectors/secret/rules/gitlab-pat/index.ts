import type { SecretRule } from '../../rule.js';
import { PLACEHOLDERS } from '../shared.js';

/**
 * GitLab personal access tokens start with `glpat-` (GitLab token prefixes).
 */
export const rule: SecretRule = {
  id: "gitlab-pat",
  title: "GitLab personal access token",
  severity: 'critical',
  keywords: ["glpat-"],
  regex: /(?<![A-Za-z0-9_-])(glpat-[A-Za-z0-9_.-]{20,64})(?![A-Za-z0-9_-])/,
  entropy: 3,
  allowlist: [...PLACEHOLDERS],
  docs: "https://docs.gitlab.com/ee/security/tokens/#token-prefixes",
  examples: {
    positive: [
      "GITLAB_TOKEN=glpat-HoStI51vdAL0USTkIKua",
      "  token: \"glpat-HoStI51vdAL0USTkIKua\"",
      "curl --header \"PRIVATE-TOKEN: glpat-HoStI51vdAL0USTkIKua\" https://gitlab.example.com/api/v4/projects",
    ],
    negative: [
      "GITLAB_TOKEN=glpat-xxxxxxxxxxxxxxxxxxxxxxxx",
      "GITLAB_TOKEN=glpat-HoStI51v",
      "GITLAB_TOKEN=glpat-XXXXXXXXXXX-XXXXXXXX",
    ],
  },
};
