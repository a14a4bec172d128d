import type { SecretRule } from '../../rule.js';
import { PLACEHOLDERS } from '../shared.js';

/**
 * GitLab runner authentication tokens start with `glrt-` (GitLab token prefixes).
 */
export const rule: SecretRule = {
  id: "gitlab-runner-token",
  title: "GitLab runner authentication token",
  severity: 'high',
  keywords: ["glrt-"],
  regex: /(?<![A-Za-z0-9_-])(glrt-[A-Za-z0-9_.-]{20,64})(?![A-Za-z0-9_-])/,
  entropy: 3,
  allowlist: [...PLACEHOLDERS],
  docs: "https://docs.gitlab.com/ee/security/tokens/#token-prefixes",
  examples: {
    positive: [
      "GITLAB_TOKEN=glrt-t1_xKCw18U1gQzq2Y3j5OLp",
      "  token: \"glrt-t1_xKCw18U1gQzq2Y3j5OLp\"",
      "curl --header \"PRIVATE-TOKEN: glrt-t1_xKCw18U1gQzq2Y3j5OLp\" https://gitlab.example.com/api/v4/projects",
    ],
    negative: [
      "GITLAB_TOKEN=glrt-xxxxxxxxxxxxxxxxxxxxxxxx",
      "GITLAB_TOKEN=glrt-t1_xKCw1",
      "token = glrt-tx_xxxxxxxxxxxxxxxxxxxxxxxxxxx.xxxxxxxxx",
    ],
  },
};
