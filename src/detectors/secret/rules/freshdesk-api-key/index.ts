import type { SecretRule } from '../../rule.js';

/**
 * Freshdesk API key. API keys are 20 alphanumerics.
 * https://developers.freshdesk.com/api/#authentication
 */
export const rule: SecretRule = {
  id: 'freshdesk-api-key',
  title: 'Freshdesk API key',
  severity: 'high',
  keywords: ['freshdesk'],
  regex:
    /(?<![a-z0-9])(?:freshdesk[\w.\-]{0,20}?(?:api[_.\-]?)?(?:key|token))[\w.\-]{0,30}?["'\]]{0,2}[ \t]{0,16}(?:=>|:=|\|\|=|=|:|,)[ \t]{0,4}["'\x60]?[ \t]{0,2}([A-Za-z0-9]{20})(?![\w\-])/i,
  entropy: 3.5,
  docs: 'https://developers.freshdesk.com/api/#authentication',
  remediation:
    'Revoke the credential in Freshdesk, issue a new one, and load it from a secret store or environment variable instead of the source.',
  examples: {
    positive: ['FRESHDESK_API_KEY=nrOusM1DWdOCA1nW993w', 'freshdesk_key: "4KDsryeFi2xs9SOINaqU"'],
    negative: ['FRESHDESK_API_KEY=YOUR_API_KEY', 'FRESHDESK_DOMAIN=acme.freshdesk.com'],
  },
};
