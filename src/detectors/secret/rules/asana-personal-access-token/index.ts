import type { SecretRule } from '../../rule.js';

/**
 * Asana personal access token. Asana PATs: `0/<32 hex>` (old) or `<v>/<ids>:<32 hex>`.
 * https://developers.asana.com/docs/personal-access-token
 */
export const rule: SecretRule = {
  id: 'asana-personal-access-token',
  title: 'Asana personal access token',
  severity: 'high',
  keywords: ['asana'],
  regex:
    /(?<![a-z0-9])(?:asana[\w.\-]{0,20}?(?:token|pat|key|secret))[\w.\-]{0,30}?["'\]]{0,2}[ \t]{0,16}(?:=>|:=|\|\|=|=|:|,)[ \t]{0,4}["'\x60]?[ \t]{0,2}([0-2]\/(?:\d{10,20}\/)?\d{10,20}:[0-9a-f]{32}|0\/[0-9a-f]{32})(?![\w\-])/i,
  entropy: 3,
  docs: 'https://developers.asana.com/docs/personal-access-token',
  remediation:
    'Revoke the credential in Asana, issue a new one, and load it from a secret store or environment variable instead of the source.',
  examples: {
    positive: [
      'ASANA_ACCESS_TOKEN=2/6518431332426916/6398865733930376:00f9bfbec28a5ea7556df28265a5902c',
      'asana_pat: "1/1907040073964783:dd0627d74c75ae23e437c681a8123fdf"',
      "asanaToken = '0/0b1f38ec57ae3ce11775c6b0f9fd3939'",
    ],
    negative: ['ASANA_ACCESS_TOKEN=0/your-token', 'asana_project_id = 1/8976111582329795'],
  },
};
