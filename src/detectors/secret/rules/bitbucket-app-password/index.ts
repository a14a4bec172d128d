import type { SecretRule } from '../../rule.js';
import { PLACEHOLDERS } from '../shared.js';

/**
 * Bitbucket app passwords and API tokens begin with `ATBB`.
 */
export const rule: SecretRule = {
  id: "bitbucket-app-password",
  title: "Bitbucket app password",
  severity: 'high',
  keywords: ["atbb"],
  regex: /(?<![A-Za-z0-9_-])(ATBB[A-Za-z0-9_=.-]{28,40})(?![A-Za-z0-9_-])/,
  entropy: 3.5,
  allowlist: [...PLACEHOLDERS],
  docs: "https://support.atlassian.com/bitbucket-cloud/docs/app-passwords/",
  examples: {
    positive: [
      "BITBUCKET_APP_PASSWORD=ATBBr39wkVt5NkStsgmRpkWOCuqHbamJLPKk",
      "git clone https://deploy:ATBBr39wkVt5NkStsgmRpkWOCuqHbamJLPKk@bitbucket.org/acme/api.git",
    ],
    negative: [
      "BITBUCKET_APP_PASSWORD=ATBBFQUz1fIfEh",
      "BITBUCKET_APP_PASSWORD=ATBBxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx",
    ],
  },
};
