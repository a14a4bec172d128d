import type { SecretRule } from '../../rule.js';

/**
 * DeepSeek API key. API keys: `sk-` + 32 hex, next to DeepSeek settings.
 * https://api-docs.deepseek.com/
 */
export const rule: SecretRule = {
  id: 'deepseek-api-key',
  title: 'DeepSeek API key',
  severity: 'high',
  keywords: ['deepseek'],
  regex:
    /(?<![a-z0-9])(?:deepseek[\w.\-]{0,20}?(?:api[_.\-]?)?(?:key|token))[\w.\-]{0,30}?["'\]]{0,2}[ \t]{0,16}(?:=>|:=|\|\|=|=|:|,)[ \t]{0,4}["'\x60]?[ \t]{0,2}(sk-[a-f0-9]{32})(?![\w\-])/i,
  entropy: 3,
  docs: 'https://api-docs.deepseek.com/',
  remediation:
    'Revoke the credential in DeepSeek, issue a new one, and load it from a secret store or environment variable instead of the source.',
  examples: {
    positive: [
      'DEEPSEEK_API_KEY=sk-370352916fb6f4a000084549af9c8842',
      "deepseek_key = 'sk-cdd63f4c7275353dccd73489689041b2'",
    ],
    negative: ['DEEPSEEK_API_KEY=sk-xxxxxxxx', 'DEEPSEEK_MODEL=deepseek-chat'],
  },
};
