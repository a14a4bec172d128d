import type { SecretRule } from '../../rule.js';
import { PLACEHOLDERS } from '../shared.js';

/**
 * Docker Hub organization access tokens: `dckr_oat_` plus 32 URL-safe characters.
 */
export const rule: SecretRule = {
  id: "dockerhub-org-access-token",
  title: "Docker Hub organization access token",
  severity: 'high',
  keywords: ["dckr_oat_"],
  regex: /(?<![A-Za-z0-9_-])(dckr_oat_[A-Za-z0-9_-]{32})(?![A-Za-z0-9_-])/,
  entropy: 3.5,
  allowlist: [...PLACEHOLDERS],
  docs: "https://docs.docker.com/security/for-admins/access-tokens/",
  examples: {
    positive: [
      "DOCKER_ORG_TOKEN=dckr_oat_-Bu9dDz7gsJp1B8Ka4tsR2PnO1-H-kSM",
      "  password: \"dckr_oat_tOhfhynHTBtehcF6s9ERbBZHsuWuoBXp\"",
    ],
    negative: [
      "DOCKER_ORG_TOKEN=dckr_oat_Cl0pI-bN-zIe",
      "DOCKER_ORG_TOKEN=dckr_oat_XXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX",
    ],
  },
};
