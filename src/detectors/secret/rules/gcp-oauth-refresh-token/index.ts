import type { SecretRule } from '../../rule.js';
import { PLACEHOLDERS } from '../shared.js';

/**
 * Long-lived Google OAuth refresh tokens start with `1//0`.
 */
export const rule: SecretRule = {
  id: "gcp-oauth-refresh-token",
  title: "Google OAuth refresh token",
  severity: 'high',
  keywords: ["1//0"],
  regex: /(?<![A-Za-z0-9_:\/-])(1\/\/0[A-Za-z0-9_-]{40,200})(?![A-Za-z0-9_-])/,
  entropy: 4,
  allowlist: [...PLACEHOLDERS],
  docs: "https://developers.google.com/identity/protocols/oauth2#expiration",
  examples: {
    positive: [
      "\"refresh_token\": \"1//0oyN7b3_5saPyxFe-1DS3VBGQmmVfUZ4ZF3atnEy2pSEH093fJ9FoPTQcwcSU\"",
      "GOOGLE_REFRESH_TOKEN=1//0oyN7b3_5saPyxFe-1DS3VBGQmmVfUZ4ZF3atnEy2pSEH093fJ9FoPTQcwcSU",
    ],
    negative: [
      "url = https://1//0/path",
      "\"refresh_token\": \"1//0zRjzAvlApEau5MOhh5f-\"",
      "link: http://1//0abcdefghijklmnopqrstuvwxyz0123456789ABCDEFG",
    ],
  },
};
