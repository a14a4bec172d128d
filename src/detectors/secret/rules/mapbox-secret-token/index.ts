import type { SecretRule } from '../../rule.js';

/**
 * Mapbox secret access token. Secret tokens (`sk.`) carry write/download scopes; public `pk.` tokens are meant to ship.
 * https://docs.mapbox.com/accounts/guides/tokens/#secret-tokens
 */
export const rule: SecretRule = {
  id: 'mapbox-secret-token',
  title: 'Mapbox secret access token',
  severity: 'high',
  keywords: ['sk.eyj'],
  regex: /(?<![\w.-])(sk\.eyJ[A-Za-z0-9_-]{40,200}\.[A-Za-z0-9_-]{22})(?![\w-])/,
  entropy: 4,
  docs: 'https://docs.mapbox.com/accounts/guides/tokens/#secret-tokens',
  remediation:
    'Revoke the credential in Mapbox, issue a new one, and load it from a secret store or environment variable instead of the source.',
  examples: {
    positive: [
      'MAPBOX_DOWNLOADS_TOKEN=sk.eyJ1Ijoinm8i6fOj1o7u5LaV3DeOIiwiYSI6I64qLLNKdqrtGSffFK5N6nzh2In0.Ck1jZa2lgKg9ETfVjfJofE',
      'mapbox_secret: "sk.eyJqLNdN8QSJxUUpwktPNqEhWWHrN52kiN4j8bOaTqW268Sz_XDRxs3wMCWOXuz.QD0lx7ckPCIobWuZC0LS4b"',
    ],
    negative: [
      'MAPBOX_ACCESS_TOKEN=pk.eyJ1IjoialY5jHO1bjlq7ZnxNyEDIiwiYSI6IsMzpZ1Gv9Zwc36ENbCcccKUbIn0.G1pvaU5To2UWChu3yX6eq5',
      'sk.eyJ.your-token',
    ],
  },
};
