import type { SecretRule } from '../../rule.js';

/**
 * Mistral AI API key. API keys are 32 alphanumerics.
 * https://docs.mistral.ai/getting-started/quickstart/#account-setup
 */
export const rule: SecretRule = {
  id: 'mistral-api-key',
  title: 'Mistral AI API key',
  severity: 'high',
  keywords: ['mistral'],
  regex:
    /(?<![a-z0-9])(?:mistral[\w.\-]{0,20}?(?:api[_.\-]?)?(?:key|token))[\w.\-]{0,30}?["'\]]{0,2}[ \t]{0,16}(?:=>|:=|\|\|=|=|:|,)[ \t]{0,4}["'\x60]?[ \t]{0,2}([A-Za-z0-9]{32})(?![\w\-])/i,
  entropy: 4,
  docs: 'https://docs.mistral.ai/getting-started/quickstart/#account-setup',
  remediation:
    'Revoke the credential in Mistral AI, issue a new one, and load it from a secret store or environment variable instead of the source.',
  examples: {
    positive: [
      'MISTRAL_API_KEY=bM1vHq2Sj4WX8fMSRUT3MwhjQ1CkL2oY',
      "mistralKey: 'PIdw1SgNXrJSLgjphRGdyAs2SNUxAuJ3'",
    ],
    negative: ['MISTRAL_API_KEY=your_api_key', 'MISTRAL_MODEL=mistral-large-latest'],
  },
};
