import type { SecretRule } from '../../rule.js';

/**
 * Zendesk API token. API tokens are 40 alphanumerics used with `email/token`.
 * https://support.zendesk.com/hc/en-us/articles/4408889192858-Managing-access-to-the-Zendesk-API
 */
export const rule: SecretRule = {
  id: 'zendesk-api-token',
  title: 'Zendesk API token',
  severity: 'high',
  keywords: ['zendesk'],
  regex:
    /(?<![a-z0-9])(?:zendesk[\w.\-]{0,20}?(?:api[_.\-]?)?(?:token|key))[\w.\-]{0,30}?["'\]]{0,2}[ \t]{0,16}(?:=>|:=|\|\|=|=|:|,)[ \t]{0,4}["'\x60]?[ \t]{0,2}([A-Za-z0-9]{40})(?![\w\-])/i,
  entropy: 4,
  docs: 'https://support.zendesk.com/hc/en-us/articles/4408889192858-Managing-access-to-the-Zendesk-API',
  remediation:
    'Revoke the credential in Zendesk, issue a new one, and load it from a secret store or environment variable instead of the source.',
  examples: {
    positive: [
      'ZENDESK_API_TOKEN=eaC3JYyyFvK9u3HYMh6ySlPL32pDGdXIyrtVyx8u',
      "zendeskToken: 'xFfd7JyCoxdRBSpUm8o1fk0nkEiW6G5OPE98bw8x'",
    ],
    negative: ['ZENDESK_API_TOKEN=<token>', 'ZENDESK_SUBDOMAIN=acme'],
  },
};
