import type { SecretRule } from '../../rule.js';

/**
 * Lob API key. Secret API keys: `live_`/`test_` + 35 hex (publishable keys contain `pub`).
 * https://docs.lob.com/#tag/Authentication
 */
export const rule: SecretRule = {
  id: 'lob-api-key',
  title: 'Lob API key',
  severity: 'high',
  keywords: ['lob'],
  regex:
    /(?<![a-z0-9])(?:lob[\w.\-]{0,20}?(?:api[_.\-]?)?(?:key|secret))[\w.\-]{0,30}?["'\]]{0,2}[ \t]{0,16}(?:=>|:=|\|\|=|=|:|,)[ \t]{0,4}["'\x60]?[ \t]{0,2}((?:live|test)_[a-f0-9]{35})(?![\w\-])/i,
  entropy: 3,
  docs: 'https://docs.lob.com/#tag/Authentication',
  remediation:
    'Revoke the credential in Lob, issue a new one, and load it from a secret store or environment variable instead of the source.',
  examples: {
    positive: [
      'LOB_API_KEY=live_407048f8da881702b4220d9512e5dfb145d',
      "lobKey: 'test_dffb4e3b2f6b9ae3286fe0db46acb4430a4'",
    ],
    negative: [
      'LOB_PUBLISHABLE_KEY=live_pub_1b01791207bac52523a5be0db89516f',
      'global_key = live_796614eac190b059c04ffb73c3a23ab77e2',
    ],
  },
};
