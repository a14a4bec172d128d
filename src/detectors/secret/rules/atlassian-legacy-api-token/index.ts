import type { SecretRule } from '../../rule.js';

/**
 * Jira / Confluence legacy API token. Tokens issued before 2023 are 24 alphanumerics, found next to Jira/Confluence settings.
 * https://support.atlassian.com/atlassian-account/docs/manage-api-tokens-for-your-atlassian-account/
 */
export const rule: SecretRule = {
  id: 'atlassian-legacy-api-token',
  title: 'Jira / Confluence legacy API token',
  severity: 'high',
  keywords: ['jira', 'confluence', 'atlassian'],
  regex:
    /(?<![a-z0-9])(?:(?:jira|confluence|atlassian)[\w.\-]{0,20}?(?:api[_.-]?)?(?:token|key|password|pass|pwd))[\w.\-]{0,30}?["'\]]{0,2}[ \t]{0,16}(?:=>|:=|\|\|=|=|:|,)[ \t]{0,4}["'\x60]?[ \t]{0,2}([A-Za-z0-9]{24})(?![\w\-])/i,
  entropy: 3.5,
  docs: 'https://support.atlassian.com/atlassian-account/docs/manage-api-tokens-for-your-atlassian-account/',
  remediation:
    'Revoke the credential in Atlassian, issue a new one, and load it from a secret store or environment variable instead of the source.',
  examples: {
    positive: [
      'JIRA_API_TOKEN=6GDTnQVWb1OAuVLPb5ePUgqQ',
      'confluence.password: "kmmuQd3SlNmEJfwMvKk9VhfB"',
      'ATLASSIAN_TOKEN = "5DZZrEV6pLftoVibbLzGrcSK"',
    ],
    negative: [
      'getPagesInConfluenceSpace,searchConfluenceUsingCql',
      'JIRA_API_TOKEN=your-api-token-here',
      'jira_token = "htqRuu3TzS7GZ4ByRNOSa96B9rEAtl"',
    ],
  },
};
