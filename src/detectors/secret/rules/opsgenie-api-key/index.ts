import type { SecretRule } from '../../rule.js';

/**
 * Opsgenie API key. API keys are UUIDs sent as `Authorization: GenieKey <key>`.
 * https://support.atlassian.com/opsgenie/docs/api-key-management/
 */
export const rule: SecretRule = {
  id: 'opsgenie-api-key',
  title: 'Opsgenie API key',
  severity: 'high',
  keywords: ['opsgenie', 'genie'],
  regex:
    /(?<![a-z0-9])(?:(?:ops)?genie[\w.\-]{0,20}?(?:api[_.\-]?)?key)[\w.\-]{0,30}?["'\]]{0,2}[ \t]{0,16}(?:=>|:=|\|\|=|=|:|,)[ \t]{0,4}["'\x60]?[ \t]{0,2}([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})(?![\w\-])/i,
  entropy: 3,
  docs: 'https://support.atlassian.com/opsgenie/docs/api-key-management/',
  remediation:
    'Revoke the credential in Opsgenie, issue a new one, and load it from a secret store or environment variable instead of the source.',
  examples: {
    positive: [
      'OPSGENIE_API_KEY=80c8453a-0252-4f57-a283-661671159ddd',
      'genie_key: "e93c5c28-bf35-4981-ac56-fbb34aa6a8ac"',
    ],
    negative: ['OPSGENIE_API_KEY=00000000-0000-0000-0000-000000000000', 'OPSGENIE_API_KEY=<api-key>'],
  },
};
