import type { SecretRule } from '../../rule.js';

/**
 * MaxMind license key. License keys (40 characters ending in `_mmk`, or 16 for old ones) download GeoIP databases.
 * https://support.maxmind.com/hc/en-us/articles/4407111582235-Generate-a-License-Key
 */
export const rule: SecretRule = {
  id: 'maxmind-license-key',
  title: 'MaxMind license key',
  severity: 'medium',
  keywords: ['maxmind', 'geoip'],
  regex:
    /(?<![a-z0-9])(?:(?:maxmind|geoip)[\w.\-]{0,20}?(?:license[_.\-]?key|key|token))[\w.\-]{0,30}?["'\]]{0,2}[ \t]{0,16}(?:=>|:=|\|\|=|=|:|,)[ \t]{0,4}["'\x60]?[ \t]{0,2}([A-Za-z0-9_]{6}_[A-Za-z0-9_]{29}_mmk|[A-Za-z0-9_]{40}|[A-Za-z0-9]{16})(?![\w\-])/i,
  entropy: 3.5,
  docs: 'https://support.maxmind.com/hc/en-us/articles/4407111582235-Generate-a-License-Key',
  remediation:
    'Revoke the credential in MaxMind, issue a new one, and load it from a secret store or environment variable instead of the source.',
  examples: {
    positive: [
      'MAXMIND_LICENSE_KEY=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',
      'GeoIPLicenseKey: DcM1tOLNAMPa2qHc',
    ],
    negative: ['MAXMIND_LICENSE_KEY=YOUR_LICENSE_KEY', 'MAXMIND_ACCOUNT_ID=430263'],
  },
};
