import type { SecretRule } from '../../rule.js';

/**
 * PagerDuty REST API key. Account and user REST API keys are 20 characters (user keys start with `u+`).
 * https://support.pagerduty.com/main/docs/api-access-keys
 */
export const rule: SecretRule = {
  id: 'pagerduty-api-key',
  title: 'PagerDuty REST API key',
  severity: 'high',
  keywords: ['pagerduty', 'pd_'],
  regex:
    /(?<![a-z0-9])(?:(?:pagerduty|pd)[_.\-]?(?:[\w.\-]{0,16}?[_.\-])?(?:api[_.\-]?key|token|api[_.\-]?token))[\w.\-]{0,30}?["'\]]{0,2}[ \t]{0,16}(?:=>|:=|\|\|=|=|:|,)[ \t]{0,4}["'\x60]?[ \t]{0,2}(u\+[A-Za-z0-9_+-]{18}|[A-Za-z0-9_+-]{20})(?![\w\-])/i,
  entropy: 3.5,
  docs: 'https://support.pagerduty.com/main/docs/api-access-keys',
  remediation:
    'Revoke the credential in PagerDuty, issue a new one, and load it from a secret store or environment variable instead of the source.',
  examples: {
    positive: [
      'PAGERDUTY_API_KEY=Kt0wdMuH_KmRGYhaPXdv',
      'pd_token: "u+iKXH0ZCKc2SXbpPScT"',
      'PAGERDUTY_TOKEN = "4EcJdgAIQkiL8cGUccf0"',
    ],
    negative: [
      'PAGERDUTY_API_KEY=<your-api-key>',
      'PAGERDUTY_SERVICE_ID=PA5BGYK',
      'PAGERDUTY_TOKEN=aaaaaaaaaaaaaaaaaaaa',
    ],
  },
};
