import type { SecretRule } from '../../rule.js';

/**
 * Zoom app client secret. Client secrets and webhook secret tokens are 32 alphanumerics.
 * https://developers.zoom.us/docs/internal-apps/s2s-oauth/
 */
export const rule: SecretRule = {
  id: 'zoom-client-secret',
  title: 'Zoom app client secret',
  severity: 'high',
  keywords: ['zoom'],
  regex:
    /(?<![a-z0-9])(?:zoom[\w.\-]{0,20}?(?:client[_.\-]?secret|api[_.\-]?secret|secret[_.\-]?token|secret))[\w.\-]{0,30}?["'\]]{0,2}[ \t]{0,16}(?:=>|:=|\|\|=|=|:|,)[ \t]{0,4}["'\x60]?[ \t]{0,2}([A-Za-z0-9]{32})(?![\w\-])/i,
  entropy: 4,
  docs: 'https://developers.zoom.us/docs/internal-apps/s2s-oauth/',
  remediation:
    'Revoke the credential in Zoom, issue a new one, and load it from a secret store or environment variable instead of the source.',
  examples: {
    positive: [
      'ZOOM_CLIENT_SECRET=KzZLqRyk1bfVkQEsoTVHj7ZFaXrhUebW',
      "zoomSecretToken: 'Ft7R7gekKtqkpP2nUwUQzvNhvwYD0WXi'",
    ],
    negative: ['ZOOM_CLIENT_SECRET=your_client_secret', 'ZOOM_ACCOUNT_ID=yOIBPty3fjaGL7EgnfxziV'],
  },
};
