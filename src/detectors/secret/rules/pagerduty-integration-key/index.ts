import type { SecretRule } from '../../rule.js';

/**
 * PagerDuty Events integration (routing) key. Routing keys (32 hex) let anyone open incidents on the service.
 * https://developer.pagerduty.com/docs/events-api-v2/overview/
 */
export const rule: SecretRule = {
  id: 'pagerduty-integration-key',
  title: 'PagerDuty Events integration (routing) key',
  severity: 'medium',
  keywords: [
    'pagerduty',
    'routing_key',
    'integration_key',
    'integration-key',
    'routingkey',
    'integrationkey',
  ],
  regex:
    /(?<![a-z0-9])(?:(?:pagerduty[\w.\-]{0,20}?(?:integration|routing|service)[_.\-]?key|routing[_.\-]?key|integration[_.\-]?key))[\w.\-]{0,30}?["'\]]{0,2}[ \t]{0,16}(?:=>|:=|\|\|=|=|:|,)[ \t]{0,4}["'\x60]?[ \t]{0,2}([a-f0-9]{32})(?![\w\-])/i,
  entropy: 3,
  docs: 'https://developer.pagerduty.com/docs/events-api-v2/overview/',
  remediation:
    'Revoke the credential in PagerDuty, issue a new one, and load it from a secret store or environment variable instead of the source.',
  examples: {
    positive: [
      'PAGERDUTY_INTEGRATION_KEY=a9162fc0dcbc061c5a495ccd850594dc',
      '"routing_key": "f0ad9ce3ceae0082fc4fb8450ea00943",',
      'integration-key: 843540d0049c62556d36957d30a115fa',
      'routingKey: "8e3fc2e99e704e8c7de04f4565cd757f"',
      'integrationKey = 3a1728fb8c59eef7201d7e2d536f9cb1',
    ],
    negative: ['routing_key: ${PD_ROUTING_KEY}', 'routing_key = "7159b5b76305829f"'],
  },
};
