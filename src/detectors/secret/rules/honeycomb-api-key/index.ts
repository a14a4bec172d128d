import type { SecretRule } from '../../rule.js';

/**
 * Honeycomb configuration API key. Classic (32 hex) and current (22 alphanumerics) configuration keys next to Honeycomb settings.
 * https://docs.honeycomb.io/get-started/configure/environments/manage-api-keys/
 */
export const rule: SecretRule = {
  id: 'honeycomb-api-key',
  title: 'Honeycomb configuration API key',
  severity: 'high',
  keywords: ['honeycomb'],
  regex:
    /(?<![a-z0-9])(?:honeycomb[\w.\-]{0,20}?(?:api[_.-]?key|key|team|write[_.-]?key))[\w.\-]{0,30}?["'\]]{0,2}[ \t]{0,16}(?:=>|:=|\|\|=|=|:|,)[ \t]{0,4}["'\x60]?[ \t]{0,2}([a-zA-Z0-9]{22}|[a-f0-9]{32})(?![\w\-])/i,
  entropy: 3.5,
  docs: 'https://docs.honeycomb.io/get-started/configure/environments/manage-api-keys/',
  remediation:
    'Revoke the credential in Honeycomb, issue a new one, and load it from a secret store or environment variable instead of the source.',
  examples: {
    positive: [
      'HONEYCOMB_API_KEY=vjjFShYr9HuIIy5DK68pf2',
      'honeycomb_writekey: "0b11ca075b42eefd961955e558328821"',
    ],
    negative: [
      'HONEYCOMB_API_KEY=your-api-key',
      'honeycomb_dataset = my-service',
      'HONEYCOMB_API_KEY=FyHG9yLN2TY3k2wL',
    ],
  },
};
