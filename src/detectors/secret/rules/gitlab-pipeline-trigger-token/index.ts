import type { SecretRule } from '../../rule.js';
import { PLACEHOLDERS } from '../shared.js';

/**
 * GitLab pipeline trigger tokens start with `glptt-` (GitLab token prefixes).
 */
export const rule: SecretRule = {
  id: "gitlab-pipeline-trigger-token",
  title: "GitLab pipeline trigger token",
  severity: 'high',
  keywords: ["glptt-"],
  regex: /(?<![A-Za-z0-9_-])(glptt-[A-Za-z0-9_.-]{20,64})(?![A-Za-z0-9_-])/,
  entropy: 3,
  allowlist: [...PLACEHOLDERS],
  docs: "https://docs.gitlab.com/ee/security/tokens/#token-prefixes",
  examples: {
    positive: [
      "GITLAB_TOKEN=glptt-eece128da0e4c955f4878d4637d13efd066d9431",
      "  token: \"glptt-eece128da0e4c955f4878d4637d13efd066d9431\"",
      "curl --header \"PRIVATE-TOKEN: glptt-eece128da0e4c955f4878d4637d13efd066d9431\" https://gitlab.example.com/api/v4/projects",
    ],
    negative: [
      "GITLAB_TOKEN=glptt-xxxxxxxxxxxxxxxxxxxxxxxx",
      "GITLAB_TOKEN=glptt-eece128d",
    ],
  },
};
