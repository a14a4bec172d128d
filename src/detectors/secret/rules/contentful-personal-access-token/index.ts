import type { SecretRule } from '../../rule.js';

/**
 * Contentful personal access token. Content Management API personal tokens: `CFPAT-` + 43 characters.
 * https://www.contentful.com/developers/docs/references/authentication/#the-content-management-api
 */
export const rule: SecretRule = {
  id: 'contentful-personal-access-token',
  title: 'Contentful personal access token',
  severity: 'high',
  keywords: ['cfpat-'],
  regex: /(?<![\w-])(CFPAT-[A-Za-z0-9_-]{43})(?![\w-])/,
  entropy: 3.5,
  docs: 'https://www.contentful.com/developers/docs/references/authentication/#the-content-management-api',
  remediation:
    'Revoke the credential in Contentful, issue a new one, and load it from a secret store or environment variable instead of the source.',
  examples: {
    positive: [
      'CONTENTFUL_MANAGEMENT_TOKEN=CFPAT-7YtGZ8T5C6WJzYYCjCw4cTFIEfTos5wnkcCZfPJ47of',
      "accessToken: 'CFPAT-KMx53Ub3foeZvHxl-9rxhqSURgeSM2h4ohdasvOMFIA'",
    ],
    negative: ['CONTENTFUL_MANAGEMENT_TOKEN=CFPAT-xxx', 'CFPAT-3W-Nn0gbD7_yKioKp_gT'],
  },
};
