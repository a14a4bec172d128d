import type { SecretRule } from '../../rule.js';

/**
 * Box developer token or client secret. Developer tokens and client secrets are 32 alphanumerics.
 * https://developer.box.com/guides/authentication/tokens/developer-tokens/
 */
export const rule: SecretRule = {
  id: 'box-developer-token',
  title: 'Box developer token or client secret',
  severity: 'high',
  keywords: ['box'],
  regex:
    /(?<![a-z0-9])(?:box[_.\-]?(?:developer[_.\-]?token|dev[_.\-]?token|access[_.\-]?token|client[_.\-]?secret))[\w.\-]{0,30}?["'\]]{0,2}[ \t]{0,16}(?:=>|:=|\|\|=|=|:|,)[ \t]{0,4}["'\x60]?[ \t]{0,2}([A-Za-z0-9]{32})(?![\w\-])/i,
  entropy: 4,
  docs: 'https://developer.box.com/guides/authentication/tokens/developer-tokens/',
  remediation:
    'Revoke the credential in Box, issue a new one, and load it from a secret store or environment variable instead of the source.',
  examples: {
    positive: [
      'BOX_DEVELOPER_TOKEN=E3vxN6CvXQof1F6qKtmL43yehdJYU0b3',
      'box_client_secret: "7NKJp8uqbq1d3LwhLIfSOdhoJAG01UYc"',
    ],
    negative: ['BOX_CLIENT_SECRET=<secret>', 'inbox_access_token = hl7sfDauBOFbN4qrn7FOHQwOr9yfgBgP'],
  },
};
