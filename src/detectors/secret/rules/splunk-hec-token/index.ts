import type { SecretRule } from '../../rule.js';

/**
 * Splunk HTTP Event Collector token. HEC tokens are GUIDs sent as `Authorization: Splunk <token>`.
 * https://docs.splunk.com/Documentation/Splunk/latest/Data/UsetheHTTPEventCollector
 */
export const rule: SecretRule = {
  id: 'splunk-hec-token',
  title: 'Splunk HTTP Event Collector token',
  severity: 'high',
  keywords: ['splunk', 'hec'],
  regex:
    /(?<![a-z0-9])(?:splunk|hec)(?:[\w.\-]{0,30}?["'\]]{0,2}[ \t]{0,16}(?:=>|:=|=|:|,)[ \t]{0,4}["'\x60]?[ \t]{0,2}|[ \t])([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})(?![\w-])/i,
  entropy: 3,
  docs: 'https://docs.splunk.com/Documentation/Splunk/latest/Data/UsetheHTTPEventCollector',
  remediation:
    'Revoke the credential in Splunk, issue a new one, and load it from a secret store or environment variable instead of the source.',
  examples: {
    positive: [
      'SPLUNK_HEC_TOKEN=60fda3a6-aaf2-4a4d-a7eb-24b3c0a8e3ff',
      'curl -H "Authorization: Splunk 2BEB681B-E72B-4BF6-AA0D-DE29D4B0DDC7" https://splunk:8088/services/collector',
      'hec_token: "fcfdc507-dae4-45c4-a276-af46151ea7b8"',
    ],
    negative: ['SPLUNK_HEC_TOKEN=00000000-0000-0000-0000-000000000000', 'splunk_index = main'],
  },
};
