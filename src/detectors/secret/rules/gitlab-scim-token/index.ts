import type { SecretRule } from '../../rule.js';
import { PLACEHOLDERS } from '../shared.js';

/**
 * GitLab SCIM OAuth tokens start with `glsoat-` (GitLab token prefixes).
 */
export const rule: SecretRule = {
  id: "gitlab-scim-token",
  title: "GitLab SCIM OAuth token",
  severity: 'high',
  keywords: ["glsoat-"],
  regex: /(?<![A-Za-z0-9_-])(glsoat-[A-Za-z0-9_-]{20,64})(?![A-Za-z0-9_-])/,
  entropy: 3,
  allowlist: [...PLACEHOLDERS],
  docs: "https://docs.gitlab.com/ee/security/tokens/#token-prefixes",
  examples: {
    positive: [
      "GITLAB_TOKEN=glsoat-PZpnomOVr8JW_F4U190C",
      "  token: \"glsoat-PZpnomOVr8JW_F4U190C\"",
      "curl --header \"PRIVATE-TOKEN: glsoat-PZpnomOVr8JW_F4U190C\" https://gitlab.example.com/api/v4/projects",
    ],
    negative: [
      "GITLAB_TOKEN=glsoat-xxxxxxxxxxxxxxxxxxxxxxxx",
      "GITLAB_TOKEN=glsoat-PZpnomOV",
    ],
  },
};
