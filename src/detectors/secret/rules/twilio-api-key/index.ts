import type { SecretRule } from '../../rule.js';

/**
 * Twilio API key. API key SIDs (`SK` + 32 hex) come with a secret; both appear together in configs.
 * https://www.twilio.com/docs/iam/api-keys
 */
export const rule: SecretRule = {
  id: 'twilio-api-key',
  title: 'Twilio API key',
  severity: 'high',
  keywords: ['twilio'],
  regex:
    /(?<![a-z0-9])(?:twilio)[\w.\-]{0,30}?["'\]]{0,2}[ \t]{0,16}(?:=>|:=|\|\|=|=|:|,)[ \t]{0,4}["'\x60]?[ \t]{0,2}(SK[0-9a-f]{32})(?![\w\-])/i,
  entropy: 3,
  docs: 'https://www.twilio.com/docs/iam/api-keys',
  remediation:
    'Revoke the credential in Twilio, issue a new one, and load it from a secret store or environment variable instead of the source.',
  examples: {
    positive: [
      'TWILIO_API_KEY=SK985909fc10c2b56ca70fba6312a00afb',
      'twilio_api_key: "SK95f3200a3e5f94045cb5b97ac4bc48ab"',
    ],
    negative: [
      'TWILIO_API_KEY=SKXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX',
      'TWILIO_ACCOUNT_SID=ACe9c686327a215c798917171c22fbf591',
    ],
  },
};
