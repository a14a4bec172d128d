import type { SecretRule } from '../../rule.js';

/**
 * LinkedIn client secret. Client secrets: 16 alphanumerics (older) or `WPL_AP1.` + id + checksum.
 * https://learn.microsoft.com/en-us/linkedin/shared/authentication/client-credentials-flow
 */
export const rule: SecretRule = {
  id: 'linkedin-client-secret',
  title: 'LinkedIn client secret',
  severity: 'high',
  keywords: ['linkedin'],
  regex:
    /(?<![a-z0-9])(?:linked[_.\-]?in[\w.\-]{0,20}?(?:client[_.\-]?)?secret)[\w.\-]{0,30}?["'\]]{0,2}[ \t]{0,16}(?:=>|:=|\|\|=|=|:|,)[ \t]{0,4}["'\x60]?[ \t]{0,2}([A-Za-z0-9]{16}|WPL_AP1\.[A-Za-z0-9]{16}\.[A-Za-z0-9+/=]{6,12})(?![\w\-])/i,
  entropy: 3.3,
  docs: 'https://learn.microsoft.com/en-us/linkedin/shared/authentication/client-credentials-flow',
  remediation:
    'Revoke the credential in LinkedIn, issue a new one, and load it from a secret store or environment variable instead of the source.',
  examples: {
    positive: [
      'LINKEDIN_CLIENT_SECRET=GVc9FTRXUWqY4thi',
      'linkedin_secret: "WPL_AP1.yVYXrFrhp1UP2n3q.wKTCZc=="',
    ],
    negative: ['LINKEDIN_CLIENT_SECRET=<secret>', 'LINKEDIN_CLIENT_ID=c7wfdemoeqzrow'],
  },
};
