import type { SecretRule } from '../../rule.js';

/**
 * Beamer API key. API keys: `b_` + 44 characters.
 * https://www.getbeamer.com/api
 */
export const rule: SecretRule = {
  id: 'beamer-api-key',
  title: 'Beamer API key',
  severity: 'medium',
  keywords: ['beamer'],
  regex:
    /(?<![a-z0-9])(?:beamer[\w.\-]{0,20}?(?:api[_.\-]?)?key)[\w.\-]{0,30}?["'\]]{0,2}[ \t]{0,16}(?:=>|:=|\|\|=|=|:|,)[ \t]{0,4}["'\x60]?[ \t]{0,2}(b_[A-Za-z0-9=_\-]{44})(?![\w\-])/i,
  entropy: 4,
  docs: 'https://www.getbeamer.com/api',
  remediation:
    'Revoke the credential in Beamer, issue a new one, and load it from a secret store or environment variable instead of the source.',
  examples: {
    positive: [
      'BEAMER_API_KEY=b_4Yahg-qs1kUGGEY6NhmVJPIf4LRII1axPhaGXzmHyh9=',
      "beamerKey: 'b_mQWbNFdZV84U_jZDKFsNBei-dEXkbYitnnr0eCZOPtJa'",
    ],
    negative: ['BEAMER_API_KEY=b_xxx', 'BEAMER_PRODUCT_ID=Py1xBCfH'],
  },
};
