import type { SecretRule } from '../../rule.js';

/**
 * Bugsnag API key. Notifier API keys are 32 hex; they allow sending (and flooding) error reports.
 * https://docs.bugsnag.com/product/getting-started/#api-key
 */
export const rule: SecretRule = {
  id: 'bugsnag-api-key',
  title: 'Bugsnag API key',
  severity: 'medium',
  keywords: ['bugsnag'],
  regex:
    /(?<![a-z0-9])(?:bugsnag[\w.\-]{0,20}?(?:api[_.\-]?)?(?:key|token))[\w.\-]{0,30}?["'\]]{0,2}[ \t]{0,16}(?:=>|:=|\|\|=|=|:|,)[ \t]{0,4}["'\x60]?[ \t]{0,2}([a-f0-9]{32})(?![\w\-])/i,
  entropy: 3,
  docs: 'https://docs.bugsnag.com/product/getting-started/#api-key',
  remediation:
    'Revoke the credential in Bugsnag, issue a new one, and load it from a secret store or environment variable instead of the source.',
  examples: {
    positive: [
      'BUGSNAG_API_KEY=3967dcfd89a845261253c0be9c7f8c98',
      'bugsnag.apiKey: "970a193d49f53e5131f3b7bd03f1db63"',
    ],
    negative: ['BUGSNAG_API_KEY=YOUR-API-KEY', 'BUGSNAG_RELEASE_STAGE=production'],
  },
};
