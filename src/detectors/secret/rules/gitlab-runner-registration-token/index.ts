import type { SecretRule } from '../../rule.js';
import { PLACEHOLDERS } from '../shared.js';

/**
 * GitLab runner registration tokens start with `GR1348941` (GitLab token prefixes).
 */
export const rule: SecretRule = {
  id: "gitlab-runner-registration-token",
  title: "GitLab runner registration token",
  severity: 'high',
  keywords: ["gr1348941"],
  regex: /(?<![A-Za-z0-9_-])(GR1348941[A-Za-z0-9_-]{20})(?![A-Za-z0-9_-])/,
  entropy: 3,
  allowlist: [...PLACEHOLDERS],
  docs: "https://docs.gitlab.com/ee/security/tokens/#token-prefixes",
  examples: {
    positive: [
      "GITLAB_TOKEN=GR1348941YH6m2NWOJLDt6xnyB8cg",
      "  token: \"GR1348941YH6m2NWOJLDt6xnyB8cg\"",
      "curl --header \"PRIVATE-TOKEN: GR1348941YH6m2NWOJLDt6xnyB8cg\" https://gitlab.example.com/api/v4/projects",
    ],
    negative: [
      "GITLAB_TOKEN=GR1348941xxxxxxxxxxxxxxxxxxxxxxxx",
      "GITLAB_TOKEN=GR1348941YH6m2NWO",
      "token = GR134894112312312312312312312",
    ],
  },
};
