import type { SecretRule } from '../../rule.js';

/**
 * Atlassian Connect/container token. Container/service tokens share the checksummed layout of API tokens with the `ATCTT3` prefix.
 * https://developer.atlassian.com/cloud/confluence/basic-auth-for-rest-apis/
 */
export const rule: SecretRule = {
  id: 'atlassian-container-token',
  title: 'Atlassian Connect/container token',
  severity: 'high',
  keywords: ['atctt3'],
  regex: /(?<![\w-])(ATCTT3[A-Za-z0-9_=-]{150,260}=[A-F0-9]{8})(?![\w=-])/,
  entropy: 4,
  docs: 'https://developer.atlassian.com/cloud/confluence/basic-auth-for-rest-apis/',
  remediation:
    'Revoke the credential in Atlassian, issue a new one, and load it from a secret store or environment variable instead of the source.',
  examples: {
    positive: [
      'ATLASSIAN_TOKEN=ATCTT3xFfGN0SvNKFbzG7qZfrf2rLLGDIBZzWBQTWZ_GdBFc-BfnLTQt7lOa9c5MOZ8EVmIAfUnccFkWGJljjGfRFD-W2LiJiFVW7hq-jHUVXpFqspTd53dTuja2XpWMSGkO0Ety_SE_mWL8K6JzHaE8T3Tolfcbv8TBiXBbmlV3ciOOs9cfaMsoBucL=945AB4AC',
    ],
    negative: ['ATCTT3xFfGN0A9NGnVGt0mORw-5UBw5G=A50BD33F'],
  },
};
