import type { SecretRule } from '../../rule.js';

/**
 * Contentful delivery/preview API token. Delivery/preview tokens (43 characters) read published or draft content.
 * https://www.contentful.com/developers/docs/references/authentication/#the-content-delivery-and-preview-api
 */
export const rule: SecretRule = {
  id: 'contentful-delivery-token',
  title: 'Contentful delivery/preview API token',
  severity: 'medium',
  keywords: ['contentful'],
  regex:
    /(?<![a-z0-9])(?:contentful[\w.\-]{0,20}?(?:access[_.\-]?token|delivery[_.\-]?token|preview[_.\-]?token|token))[\w.\-]{0,30}?["'\]]{0,2}[ \t]{0,16}(?:=>|:=|\|\|=|=|:|,)[ \t]{0,4}["'\x60]?[ \t]{0,2}([A-Za-z0-9_-]{43})(?![\w\-])/i,
  entropy: 3.5,
  docs: 'https://www.contentful.com/developers/docs/references/authentication/#the-content-delivery-and-preview-api',
  remediation:
    'Revoke the credential in Contentful, issue a new one, and load it from a secret store or environment variable instead of the source.',
  examples: {
    positive: [
      'CONTENTFUL_ACCESS_TOKEN=JBPcUoyGeeYcTKHd4nHqvWbqBPLA308WfzJToQpBTpY',
      'contentful_preview_token: "Jlw4mnI45R8ALzcSDgElp7lShY6-TwK8azqqJgcewZH"',
    ],
    negative: ['CONTENTFUL_ACCESS_TOKEN=<access_token>', 'CONTENTFUL_SPACE_ID=isbvzmwo6gpu'],
  },
};
