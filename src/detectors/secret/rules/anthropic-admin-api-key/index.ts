import type { SecretRule } from '../../rule.js';

/**
 * Anthropic Admin API key. Admin keys manage the organisation (members, workspaces, keys).
 * https://docs.anthropic.com/en/api/administration-api
 */
export const rule: SecretRule = {
  id: 'anthropic-admin-api-key',
  title: 'Anthropic Admin API key',
  severity: 'critical',
  keywords: ['sk-ant-admin01-'],
  regex: /(?<![\w-])(sk-ant-admin01-[A-Za-z0-9_-]{93}AA)(?![\w-])/,
  entropy: 4,
  docs: 'https://docs.anthropic.com/en/api/administration-api',
  remediation:
    'Revoke the credential in Anthropic, issue a new one, and load it from a secret store or environment variable instead of the source.',
  examples: {
    positive: [
      'ANTHROPIC_ADMIN_KEY=sk-ant-admin01-IyaTf3uwem9L10bxc6FvP6p9nnjdJY7arAFDtelEaRpxSgoZ9j6W2Yb06l2G-KPtFw929o3Di2HaH-o23CWZeD9BRRFzyAA',
      'x-api-key: sk-ant-admin01-Bzl24UqV8_lJ25FvXX2sXdYXMiwLnEzgmTY5tzAeQb6tk_7Ey1fVpiG28bwFgnxehrEQ3H0cfuAOcDRvZ7jrPVQcd3S56AA',
    ],
    negative: [
      'sk-ant-admin01-_rUpQpdaeL4M9GSHrzxmUbd6wLV13rb3dTl08Il2AA',
      'sk-ant-admin01-o9eBASBi9RIU-lO684FkzrOwWmviCm_TY0OdX9SUaXuuwn-yBJq5p9uoOb9gmI3mjRmobfQrq1Amzh-JWuYe1Jjm_J5oKBB',
    ],
  },
};
