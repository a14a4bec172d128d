import type { SecretRule } from '../../rule.js';
import { PLACEHOLDERS } from '../shared.js';

/**
 * Google OAuth 2.0 client secrets carry the `GOCSPX-` prefix (since 2021).
 */
export const rule: SecretRule = {
  id: "gcp-oauth-client-secret",
  title: "Google OAuth client secret",
  severity: 'high',
  keywords: ["gocspx-"],
  regex: /(?<![A-Za-z0-9_-])(GOCSPX-[A-Za-z0-9_-]{28})(?![A-Za-z0-9_-])/,
  entropy: 3.5,
  allowlist: [...PLACEHOLDERS],
  docs: "https://developers.google.com/identity/protocols/oauth2",
  examples: {
    positive: [
      "GOOGLE_CLIENT_SECRET=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",
      "\"client_secret\":\"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\",\"redirect_uris\":[\"http://localhost\"]",
    ],
    negative: [
      "GOOGLE_CLIENT_SECRET=GOCSPX-tQR8AfVNkBNhfBdFJ3U_YPo09",
      "client_secret: GOCSPX-XXXXXXXXXXXXXXXXXXXXXXXXXXXX",
      "secret = gocspx_tQR8AfVNkBNhfBdFJ3U_YPo09rNk",
    ],
  },
};
