import type { SecretRule } from '../../rule.js';

/**
 * Figma personal access token. Personal access tokens: `figd_` + 40 characters.
 * https://www.figma.com/developers/api#access-tokens
 */
export const rule: SecretRule = {
  id: 'figma-personal-access-token',
  title: 'Figma personal access token',
  severity: 'high',
  keywords: ['figd_'],
  regex: /(?<![\w-])(figd_[A-Za-z0-9_-]{40})(?![\w-])/,
  entropy: 3.5,
  docs: 'https://www.figma.com/developers/api#access-tokens',
  remediation:
    'Revoke the credential in Figma, issue a new one, and load it from a secret store or environment variable instead of the source.',
  examples: {
    positive: [
      'FIGMA_TOKEN=figd_NMod0pogsKpL8U-SpdejOanEy3uZfs-BWM4tWGyI',
      "'X-Figma-Token': 'figd_a8qGNjI7vt69EWY_U47YW1pfQpdOP_aoEo6pBtQa'",
    ],
    negative: ['FIGMA_TOKEN=figd_your_token', 'figd_uV9OVl22z6FSNoKHLmPu'],
  },
};
