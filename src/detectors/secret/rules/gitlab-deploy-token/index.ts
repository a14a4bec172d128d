import type { SecretRule } from '../../rule.js';
import { PLACEHOLDERS } from '../shared.js';

/**
 * GitLab deploy tokens start with `gldt-` (GitLab token prefixes).
 */
export const rule: SecretRule = {
  id: "gitlab-deploy-token",
  title: "GitLab deploy token",
  severity: 'high',
  keywords: ["gldt-"],
  regex: /(?<![A-Za-z0-9_-])(gldt-[A-Za-z0-9_.-]{20,64})(?![A-Za-z0-9_-])/,
  entropy: 3,
  allowlist: [...PLACEHOLDERS],
  docs: "https://docs.gitlab.com/ee/security/tokens/#token-prefixes",
  examples: {
    positive: [
      "GITLAB_TOKEN=gldt-J60sW3CJlsnh41a-BSJh",
      "  token: \"gldt-J60sW3CJlsnh41a-BSJh\"",
      "curl --header \"PRIVATE-TOKEN: gldt-J60sW3CJlsnh41a-BSJh\" https://gitlab.example.com/api/v4/projects",
    ],
    negative: [
      "GITLAB_TOKEN=gldt-xxxxxxxxxxxxxxxxxxxxxxxx",
      "GITLAB_TOKEN=gldt-J60sW3CJ",
    ],
  },
};
