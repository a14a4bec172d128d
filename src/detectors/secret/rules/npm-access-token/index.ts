import type { SecretRule } from '../../rule.js';
import { PLACEHOLDERS } from '../shared.js';

/**
 * npm granular and classic tokens since 2021: `npm_` plus 36 base62 characters.
 */
export const rule: SecretRule = {
  id: "npm-access-token",
  title: "npm access token",
  severity: 'critical',
  keywords: ["npm_"],
  regex: /(?<![A-Za-z0-9_-])(npm_[A-Za-z0-9]{36})(?![A-Za-z0-9_-])/,
  entropy: 3.5,
  allowlist: [...PLACEHOLDERS],
  docs: "https://docs.npmjs.com/about-access-tokens",
  remediation: "Revoke the token (npm token revoke) and publish with a new one; check the package for unexpected versions.",
  examples: {
    positive: [
      "//registry.npmjs.org/:_authToken=npm_2z5UbOiNTJZ3w5CkCKmAIl9a04CVKwqcB9Ms",
      "NPM_TOKEN=npm_2z5UbOiNTJZ3w5CkCKmAIl9a04CVKwqcB9Ms",
    ],
    negative: [
      "NPM_TOKEN=npm_2z5UbOiNTJZ3w5Ck",
      "NPM_TOKEN=npm_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx",
      "const npm_zsqyxunuy6thgfqs73hmmxofo0dhbbmk2uhez = 1",
    ],
  },
};
