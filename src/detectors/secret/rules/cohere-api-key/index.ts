import type { SecretRule } from '../../rule.js';

/**
 * Cohere API key. API keys are 40 alphanumerics.
 * https://docs.cohere.com/reference/about
 */
export const rule: SecretRule = {
  id: 'cohere-api-key',
  title: 'Cohere API key',
  severity: 'high',
  keywords: ['cohere', 'co_api_key'],
  regex:
    /(?<![a-z0-9])(?:(?:cohere[\w.\-]{0,20}?(?:api[_.\-]?)?(?:key|token)|co_api_key))[\w.\-]{0,30}?["'\]]{0,2}[ \t]{0,16}(?:=>|:=|\|\|=|=|:|,)[ \t]{0,4}["'\x60]?[ \t]{0,2}([A-Za-z0-9]{40})(?![\w\-])/i,
  entropy: 4,
  docs: 'https://docs.cohere.com/reference/about',
  remediation:
    'Revoke the credential in Cohere, issue a new one, and load it from a secret store or environment variable instead of the source.',
  examples: {
    positive: [
      'COHERE_API_KEY=lu8jDAxwiaFonQIoMpDVbKCV3cn7aKxtVlongOry',
      "cohere_token: 'YIJwfs6uVw0orfJk8C6nwFZfUKG5Vy13Rg0odyQb'",
      'CO_API_KEY="GHuyyFia6Cx3gUbLcPCNmkHuFG8CIvXfgyQ6ogh0"',
    ],
    negative: ['COHERE_API_KEY=<your-key>', 'COHERE_MODEL=command-r-plus'],
  },
};
