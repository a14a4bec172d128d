import type { SecretRule } from '../../rule.js';

/**
 * Airtable legacy API key. Deprecated user API keys: `key` + 14 alphanumerics, found next to Airtable settings.
 * https://support.airtable.com/docs/airtable-api-key-deprecation-notice
 */
export const rule: SecretRule = {
  id: 'airtable-api-key',
  title: 'Airtable legacy API key',
  severity: 'high',
  keywords: ['airtable'],
  regex:
    /(?<![a-z0-9])(?:airtable[\w.\-]{0,20}?(?:api)?[_.-]?key)[\w.\-]{0,30}?["'\]]{0,2}[ \t]{0,16}(?:=>|:=|\|\|=|=|:|,)[ \t]{0,4}["'\x60]?[ \t]{0,2}(key[A-Za-z0-9]{14})(?![\w\-])/i,
  entropy: 3,
  docs: 'https://support.airtable.com/docs/airtable-api-key-deprecation-notice',
  remediation:
    'Revoke the credential in Airtable, issue a new one, and load it from a secret store or environment variable instead of the source.',
  examples: {
    positive: ['AIRTABLE_API_KEY=keyGT3mCs61P7FgTL', "airtableKey: 'keyJwg26jmNzJQ6wQ'"],
    negative: ['AIRTABLE_API_KEY=keyXXXXXXXXXXXXXX', 'AIRTABLE_BASE_ID=appZ43xAeSE0iiJKA'],
  },
};
