import type { SecretRule } from '../../rule.js';
import { PLACEHOLDERS } from '../shared.js';

/**
 * Bitbucket OAuth consumer secrets (32 characters) have no prefix; reported after a Bitbucket secret name.
 */
export const rule: SecretRule = {
  id: "bitbucket-client-secret",
  title: "Bitbucket OAuth consumer secret",
  severity: 'high',
  keywords: ["bitbucket"],
  regex: /bitbucket[\w.-]{0,30}?secret[\w.-]{0,10}?["\']?\s{0,3}(?:=|:=|:|=>|\s)\s{0,3}["\']?([A-Za-z0-9_-]{32})(?![A-Za-z0-9_-])/i,
  entropy: 3.8,
  allowlist: [...PLACEHOLDERS],
  docs: "https://support.atlassian.com/bitbucket-cloud/docs/use-oauth-on-bitbucket-cloud/",
  examples: {
    positive: [
      "BITBUCKET_CLIENT_SECRET=t4Bn3APcRynVxHc0VMHHeJ4pAGNwmXhU",
      "bitbucket_oauth_secret: \"OKWJwMALc0LaziY4bt-ovrnUaiQ2muTS\"",
    ],
    negative: [
      "BITBUCKET_CLIENT_SECRET=mPqmkVYdQ83ZSM8QxhzK",
      "BITBUCKET_CLIENT_SECRET=${BITBUCKET_CLIENT_SECRET}",
      "bitbucket_secret_name = \"s5lBK7XD6zC7HKdFBmIBR6jQGQXV88t2AKWqJSlm\"",
    ],
  },
};
