import type { SecretRule } from '../../rule.js';

/**
 * HubSpot private app access token. Private app tokens: `pat-<region>-` + UUID.
 * https://developers.hubspot.com/docs/api/private-apps
 */
export const rule: SecretRule = {
  id: 'hubspot-private-app-token',
  title: 'HubSpot private app access token',
  severity: 'high',
  keywords: ['pat-na1-', 'pat-eu1-', 'pat-na2-'],
  regex:
    /(?<![\w-])(pat-(?:na|eu|ap)\d-[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})(?![\w-])/,
  entropy: 3,
  docs: 'https://developers.hubspot.com/docs/api/private-apps',
  remediation:
    'Revoke the credential in HubSpot, issue a new one, and load it from a secret store or environment variable instead of the source.',
  examples: {
    positive: [
      'HUBSPOT_ACCESS_TOKEN=pat-na1-ed6c5dec-a307-4ae6-abc6-51bf38d20dc1',
      "hubspot.Client(access_token='pat-eu1-66277ad9-6646-4a7d-a509-634841ca5390')",
      'token=pat-na2-65cc2611-6603-4eaf-ab3d-d33b9b08ab16',
    ],
    negative: ['HUBSPOT_ACCESS_TOKEN=pat-na1-xxxxxxxx', 'pat-na1-00000000-0000-0000-0000-000000000000'],
  },
};
