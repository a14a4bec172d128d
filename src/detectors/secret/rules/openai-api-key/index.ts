import type { SecretRule } from '../../rule.js';

/**
 * OpenAI API key. All OpenAI keys embed `T3BlbkFJ` (base64 of "OpenAI"); project, service-account and admin keys add a prefix.
 * https://platform.openai.com/docs/api-reference/authentication
 */
export const rule: SecretRule = {
  id: 'openai-api-key',
  title: 'OpenAI API key',
  severity: 'high',
  keywords: ['t3blbkfj'],
  regex:
    /(?<![\w-])(sk-(?:(?:proj|svcacct|admin|None)-)?[A-Za-z0-9_-]{20,160}T3BlbkFJ[A-Za-z0-9_-]{20,160})(?![\w-])/,
  entropy: 4,
  docs: 'https://platform.openai.com/docs/api-reference/authentication',
  remediation:
    'Revoke the credential in OpenAI, issue a new one, and load it from a secret store or environment variable instead of the source.',
  examples: {
    positive: [
      'OPENAI_API_KEY=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',
      "client = OpenAI(api_key='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')",
      'key: sk-svcacct-fbI_jmA6ANniM3gjN4mys8JosmpD8vauawCed8iZ_37IGoHGwkUhT04WVHgK5b7reUYmoAT3BlbkFJD_ahJN8u9m7Y6kJRPN-fRCOtAoUNyccZPAQL3-KIt3-RQBd7ib3dIj_P3mwc-FM0rYaQNc',
      'admin=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',
    ],
    negative: [
      'OPENAI_API_KEY=sk-proj-...',
      'OPENAI_API_KEY=sk-QmQylI54LhTkfqLs8kKcJJ47IIC5BMtoJ7bZouzwvHaHkki5',
      'T3BlbkFJ',
    ],
  },
};
