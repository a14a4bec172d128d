import type { SecretRule } from '../../rule.js';
import { PLACEHOLDERS } from '../shared.js';

/**
 * Docker Hub personal access tokens: `dckr_pat_` plus 27 URL-safe characters.
 */
export const rule: SecretRule = {
  id: "dockerhub-pat",
  title: "Docker Hub personal access token",
  severity: 'high',
  keywords: ["dckr_pat_"],
  regex: /(?<![A-Za-z0-9_-])(dckr_pat_[A-Za-z0-9_-]{27})(?![A-Za-z0-9_-])/,
  entropy: 3.5,
  allowlist: [...PLACEHOLDERS],
  docs: "https://docs.docker.com/security/for-developers/access-tokens/",
  examples: {
    positive: [
      "echo dckr_pat_qmEDaU_CgL7FeDs4Emhqgv4YEol | docker login -u ci-bot --password-stdin",
      "DOCKERHUB_TOKEN=dckr_pat_HCLNR8j-sfnrWoFb4bBe-katu8b",
    ],
    negative: [
      "DOCKERHUB_TOKEN=dckr_pat_VvuM61hhXii_",
      "DOCKERHUB_TOKEN=dckr_pat_XXXXXXXXXXXXXXXXXXXXXXXXXXX",
    ],
  },
};
