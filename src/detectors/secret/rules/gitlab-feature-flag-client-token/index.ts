import type { SecretRule } from '../../rule.js';
import { PLACEHOLDERS } from '../shared.js';

/**
 * GitLab feature flags client tokens start with `glffct-` (GitLab token prefixes).
 */
export const rule: SecretRule = {
  id: "gitlab-feature-flag-client-token",
  title: "GitLab feature flags client token",
  severity: 'medium',
  keywords: ["glffct-"],
  regex: /(?<![A-Za-z0-9_-])(glffct-[A-Za-z0-9_-]{20,64})(?![A-Za-z0-9_-])/,
  entropy: 3,
  allowlist: [...PLACEHOLDERS],
  docs: "https://docs.gitlab.com/ee/security/tokens/#token-prefixes",
  examples: {
    positive: [
      "GITLAB_TOKEN=glffct-wCchwAOQnOSqPdO9SG-Y",
      "  token: \"glffct-wCchwAOQnOSqPdO9SG-Y\"",
      "curl --header \"PRIVATE-TOKEN: glffct-wCchwAOQnOSqPdO9SG-Y\" https://gitlab.example.com/api/v4/projects",
    ],
    negative: [
      "GITLAB_TOKEN=glffct-xxxxxxxxxxxxxxxxxxxxxxxx",
      "GITLAB_TOKEN=glffct-wCchwAOQ",
    ],
  },
};
