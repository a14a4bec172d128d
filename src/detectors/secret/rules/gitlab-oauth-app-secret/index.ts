import type { SecretRule } from '../../rule.js';
import { PLACEHOLDERS } from '../shared.js';

/**
 * GitLab OAuth application secrets start with `gloas-` (GitLab token prefixes).
 */
export const rule: SecretRule = {
  id: "gitlab-oauth-app-secret",
  title: "GitLab OAuth application secret",
  severity: 'high',
  keywords: ["gloas-"],
  regex: /(?<![A-Za-z0-9_-])(gloas-[A-Za-z0-9_-]{64})(?![A-Za-z0-9_-])/,
  entropy: 3,
  allowlist: [...PLACEHOLDERS],
  docs: "https://docs.gitlab.com/ee/security/tokens/#token-prefixes",
  examples: {
    positive: [
      "GITLAB_TOKEN=gloas-07e034a0c623fc784a49c3e6121c0b32ca181064bc559dccde83cb96c26a4896",
      "  token: \"gloas-07e034a0c623fc784a49c3e6121c0b32ca181064bc559dccde83cb96c26a4896\"",
      "curl --header \"PRIVATE-TOKEN: gloas-07e034a0c623fc784a49c3e6121c0b32ca181064bc559dccde83cb96c26a4896\" https://gitlab.example.com/api/v4/projects",
    ],
    negative: [
      "GITLAB_TOKEN=gloas-xxxxxxxxxxxxxxxxxxxxxxxx",
      "GITLAB_TOKEN=gloas-07e034a0",
    ],
  },
};
