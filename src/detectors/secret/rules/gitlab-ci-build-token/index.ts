import type { SecretRule } from '../../rule.js';
import { PLACEHOLDERS } from '../shared.js';

/**
 * GitLab CI/CD job tokens start with `glcbt-` (GitLab token prefixes).
 */
export const rule: SecretRule = {
  id: "gitlab-ci-build-token",
  title: "GitLab CI/CD job token",
  severity: 'high',
  keywords: ["glcbt-"],
  regex: /(?<![A-Za-z0-9_-])(glcbt-(?:[0-9a-f]{1,5}_)?[A-Za-z0-9_-]{20,64})(?![A-Za-z0-9_-])/,
  entropy: 3,
  allowlist: [...PLACEHOLDERS],
  docs: "https://docs.gitlab.com/ee/security/tokens/#token-prefixes",
  examples: {
    positive: [
      "GITLAB_TOKEN=glcbt-eb_1mGBd8wjVApMtcO6-IkW",
      "  token: \"glcbt-eb_1mGBd8wjVApMtcO6-IkW\"",
      "curl --header \"PRIVATE-TOKEN: glcbt-eb_1mGBd8wjVApMtcO6-IkW\" https://gitlab.example.com/api/v4/projects",
    ],
    negative: [
      "GITLAB_TOKEN=glcbt-xxxxxxxxxxxxxxxxxxxxxxxx",
      "GITLAB_TOKEN=glcbt-eb_1mGBd",
    ],
  },
};
