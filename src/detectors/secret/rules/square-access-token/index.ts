import type { SecretRule } from '../../rule.js';

/**
 * Square access token. Production and sandbox access tokens start with `EAAA` (64 characters); legacy ones with `sq0atp-`.
 * https://developer.squareup.com/docs/build-basics/access-tokens
 */
export const rule: SecretRule = {
  id: 'square-access-token',
  title: 'Square access token',
  severity: 'critical',
  keywords: ['eaaa', 'sq0atp-'],
  regex: /(?<![\w-])(EAAA[A-Za-z0-9_-]{60}|sq0atp-[A-Za-z0-9_-]{22})(?![\w-])/,
  entropy: 3.5,
  docs: 'https://developer.squareup.com/docs/build-basics/access-tokens',
  remediation:
    'Revoke the credential in Square, issue a new one, and load it from a secret store or environment variable instead of the source.',
  examples: {
    positive: [
      'SQUARE_ACCESS_TOKEN=EAAAdNx3PKwG0UCjxh6YxlR3DHElxUE57DUDafDwlXzwmi577CUTHyitiwi7NOTl',
      "square_token: 'sq0atp-2SHCmqfofwPObkBOrc3huS'",
    ],
    negative: ['SQUARE_ACCESS_TOKEN=EAAA-your-token', 'SQUARE_APP_ID=sq0idp-KifuVwmaTMKGc9wmOe8nLK'],
  },
};
