import type { SecretRule } from '../../rule.js';

/**
 * Anthropic API key. API keys: `sk-ant-api03-` + 93 characters + `AA`.
 * https://docs.anthropic.com/en/api/overview#authentication
 */
export const rule: SecretRule = {
  id: 'anthropic-api-key',
  title: 'Anthropic API key',
  severity: 'high',
  keywords: ['sk-ant-api03-'],
  regex: /(?<![\w-])(sk-ant-api03-[A-Za-z0-9_-]{93}AA)(?![\w-])/,
  entropy: 4,
  docs: 'https://docs.anthropic.com/en/api/overview#authentication',
  remediation:
    'Revoke the credential in Anthropic, issue a new one, and load it from a secret store or environment variable instead of the source.',
  examples: {
    positive: [
      'ANTHROPIC_API_KEY=sk-ant-api03-Au58O0tFTyUFd9W3S6ZmpMU-8jV-p4K5yaiPZmRlj5MAjIPQgnD2jD9woOL6oyFe-EPjoO5qhFTUmwsZawQvmNTDqIMSOAA',
      "client = anthropic.Anthropic(api_key='sk-ant-api03-hTOvYyz2Rd4fQP_EOp3nrecpN110YcGek2G6cGNwxBHPZZz22c2gZayQ_3fGtM51BWncV95HEwcgnw1r4I6PSFzOIV0euAA')",
    ],
    negative: [
      'ANTHROPIC_API_KEY=sk-ant-api03-...',
      'sk-ant-api03-OJ_jwVOkunNjmAhXJC1IIjQXYRmabz6hvhOxr6bf9fIbMljcin7WeT9w-DyQAA',
      'sk-ant-api03-7sHBnhnBZjEbUz0pWrukC31JVF7ewvrR3WXr_hwFXdT40NKZ-1pepifWyOkRIIMeuV9JeaSVyu7k3jS4Mp0YwBVxc2-aZBB',
    ],
  },
};
