import type { SecretRule } from '../../rule.js';

/**
 * PayPal REST client secret. REST app secrets are 80 characters; with the client id they mint API tokens.
 * https://developer.paypal.com/api/rest/#link-getclientidandclientsecret
 */
export const rule: SecretRule = {
  id: 'paypal-client-secret',
  title: 'PayPal REST client secret',
  severity: 'critical',
  keywords: ['paypal'],
  regex:
    /(?<![a-z0-9])(?:paypal[\w.\-]{0,20}?(?:client[_.-]?)?secret)[\w.\-]{0,30}?["'\]]{0,2}[ \t]{0,16}(?:=>|:=|\|\|=|=|:|,)[ \t]{0,4}["'\x60]?[ \t]{0,2}(E[A-Za-z0-9_-]{79})(?![\w\-])/i,
  entropy: 4,
  docs: 'https://developer.paypal.com/api/rest/#link-getclientidandclientsecret',
  remediation:
    'Revoke the credential in PayPal, issue a new one, and load it from a secret store or environment variable instead of the source.',
  examples: {
    positive: [
      'PAYPAL_CLIENT_SECRET=EZss7CmiJkF7qczl6LaBALuWAYIaH8OiYbSzNfE5iox_DtScvfxV35uCVwk-7SLX0KnIz1Io2S_G6eNO',
      'paypalSecret: "ErqKCVXjzD21qqfYUTL-naIkO7m05NczCsM59INARsuW5khmUKrlIExfiK6k7SGlSi8IMVMfA_J6Q6r-",',
    ],
    negative: [
      'PAYPAL_CLIENT_SECRET=<your-client-secret>',
      'PAYPAL_CLIENT_ID=AaJLr8sdMQMaWiEFmZZE56qVDT3PCv7f39IWAae2P-ZObHQvlTveEi03bWl435QGpHNseOzdiveeclfH',
    ],
  },
};
