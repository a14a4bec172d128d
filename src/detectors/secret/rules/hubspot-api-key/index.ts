import type { SecretRule } from '../../rule.js';

/**
 * HubSpot legacy API key. Legacy `hapikey` values are UUIDs with full portal access.
 * https://developers.hubspot.com/changelog/upcoming-api-key-sunset
 */
export const rule: SecretRule = {
  id: 'hubspot-api-key',
  title: 'HubSpot legacy API key',
  severity: 'high',
  keywords: ['hubspot', 'hapikey'],
  regex:
    /(?<![a-z0-9])(?:(?:hubspot[\w.\-]{0,20}?(?:api)?[_.\-]?key|hapikey))[\w.\-]{0,30}?["'\]]{0,2}[ \t]{0,16}(?:=>|:=|\|\|=|=|:|,)[ \t]{0,4}["'\x60]?[ \t]{0,2}([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})(?![\w\-])/i,
  entropy: 3,
  docs: 'https://developers.hubspot.com/changelog/upcoming-api-key-sunset',
  remediation:
    'Revoke the credential in HubSpot, issue a new one, and load it from a secret store or environment variable instead of the source.',
  examples: {
    positive: [
      'const hubspotKey = "BF40E4E8-4F42-4669-A000-F223915A5D70"',
      'https://api.hubapi.com/contacts/v1/lists?hapikey=ca62da32-4832-41e8-ac6e-661c5d2323fe',
    ],
    negative: ['HUBSPOT_API_KEY=your-hubspot-key', 'hubspot_portal_id = 73667384'],
  },
};
