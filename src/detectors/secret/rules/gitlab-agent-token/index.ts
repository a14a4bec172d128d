import type { SecretRule } from '../../rule.js';
import { PLACEHOLDERS } from '../shared.js';

/**
 * GitLab agent for Kubernetes tokens start with `glagent-` (GitLab token prefixes).
 */
export const rule: SecretRule = {
  id: "gitlab-agent-token",
  title: "GitLab agent for Kubernetes token",
  severity: 'high',
  keywords: ["glagent-"],
  regex: /(?<![A-Za-z0-9_-])(glagent-[A-Za-z0-9_-]{50,64})(?![A-Za-z0-9_-])/,
  entropy: 3,
  allowlist: [...PLACEHOLDERS],
  docs: "https://docs.gitlab.com/ee/security/tokens/#token-prefixes",
  examples: {
    positive: [
      "GITLAB_TOKEN=glagent-0_sYWRLDshQ-GjTYdVHVFT_UK3otRv7dX1AXRTWUm0cv5wVXcA",
      "  token: \"glagent-0_sYWRLDshQ-GjTYdVHVFT_UK3otRv7dX1AXRTWUm0cv5wVXcA\"",
      "curl --header \"PRIVATE-TOKEN: glagent-0_sYWRLDshQ-GjTYdVHVFT_UK3otRv7dX1AXRTWUm0cv5wVXcA\" https://gitlab.example.com/api/v4/projects",
    ],
    negative: [
      "GITLAB_TOKEN=glagent-xxxxxxxxxxxxxxxxxxxxxxxx",
      "GITLAB_TOKEN=glagent-0_sYWRLD",
    ],
  },
};
