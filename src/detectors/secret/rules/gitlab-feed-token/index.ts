import type { SecretRule } from '../../rule.js';
import { PLACEHOLDERS } from '../shared.js';

/**
 * GitLab feed tokens start with `glft-` (GitLab token prefixes).
 */
export const rule: SecretRule = {
  id: "gitlab-feed-token",
  title: "GitLab feed token",
  severity: 'medium',
  keywords: ["glft-"],
  regex: /(?<![A-Za-z0-9_-])(glft-[A-Za-z0-9_-]{20,64})(?![A-Za-z0-9_-])/,
  entropy: 3,
  allowlist: [...PLACEHOLDERS],
  docs: "https://docs.gitlab.com/ee/security/tokens/#token-prefixes",
  examples: {
    positive: [
      "GITLAB_TOKEN=glft-kTlgjjijmuBn_3qTSDzz",
      "  token: \"glft-kTlgjjijmuBn_3qTSDzz\"",
      "curl --header \"PRIVATE-TOKEN: glft-kTlgjjijmuBn_3qTSDzz\" https://gitlab.example.com/api/v4/projects",
    ],
    negative: [
      "GITLAB_TOKEN=glft-xxxxxxxxxxxxxxxxxxxxxxxx",
      "GITLAB_TOKEN=glft-kTlgjjij",
    ],
  },
};
