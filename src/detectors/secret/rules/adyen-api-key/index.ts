import type { SecretRule } from '../../rule.js';

/**
 * Adyen API key. Adyen web-service API keys start with `AQE` and authorise payments.
 * https://docs.adyen.com/development-resources/api-credentials/
 */
export const rule: SecretRule = {
  id: 'adyen-api-key',
  title: 'Adyen API key',
  severity: 'critical',
  keywords: ['adyen'],
  regex:
    /(?<![a-z0-9])(?:adyen[\w.\-]{0,20}?(?:api)?[_.-]?key)[\w.\-]{0,30}?["'\]]{0,2}[ \t]{0,16}(?:=>|:=|\|\|=|=|:|,)[ \t]{0,4}["'\x60]?[ \t]{0,2}(AQE[A-Za-z0-9+/=_-]{60,250})(?![A-Za-z0-9+/=_\-])/i,
  entropy: 4,
  docs: 'https://docs.adyen.com/development-resources/api-credentials/',
  remediation:
    'Revoke the credential in Adyen, issue a new one, and load it from a secret store or environment variable instead of the source.',
  examples: {
    positive: [
      'ADYEN_API_KEY=AQEFLF2EqbAqF8VPTbXWvKh/KAQSPCvHUyy7q8Ya3aVIWADh3sG3doKl31U7vFg+==-sAXIcEHNlea67hn7ed3Usf86/vfTQl2DI2M0dKdNMPI=-ZppVQsXDnzx16rLj',
      "adyenApiKey: 'AQE7zosnQeqPNwGuHxKo6R-3hAzFyoc-1S_9yJnBLvDCCuCR04kYteJKkQdyFBDHngJouaOLw-5ZGCpnYGkYHe1FqtRX6x3kcn8ge_10Ed6gOYggIixXIZy1zux'",
    ],
    negative: ['ADYEN_API_KEY=YOUR_X-API-KEY', 'ADYEN_CLIENT_KEY=test_IPB6OB48HMVNKSRAN6OXDZ1Y5OFXHPJI'],
  },
};
