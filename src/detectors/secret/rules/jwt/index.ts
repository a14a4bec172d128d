import type { SecretRule } from '../../rule.js';

/**
 * JWTs (RFC 7519): three base64url parts; the header must decode to a JSON object naming `alg` or `typ`.
 * Signed tokens are bearer credentials until they expire.
 */
export const rule: SecretRule = {
  id: "jwt",
  title: "JSON Web Token",
  severity: 'medium',
  keywords: ["eyj"],
  regex: /(?<![A-Za-z0-9_-])(eyJ[A-Za-z0-9_-]{8,2000}\.ey[A-Za-z0-9_-]{4,8000}\.[A-Za-z0-9_-]{0,1000})(?![A-Za-z0-9_-])/,
  docs: "https://www.rfc-editor.org/rfc/rfc7519",
  validate: (secret) => { const head = Buffer.from(secret.slice(0, secret.indexOf('.')), 'base64url').toString('latin1'); return head.startsWith('{') && /\"(?:alg|typ)\"/.test(head); },
  examples: {
    positive: [
      "Authorization: Bearer eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiJ1XzQ4MjEzIiwicm9sZSI6ImFkbWluIiwiaWF0IjoxNzE4MDAwMDAwfQ.rbvefZj3bTcCu8qFs8DHFzYUdZxOWxRJYuUNvqvrWPE",
      "  \"id_token\": \"eyJhbGciOiJSUzI1NiIsImtpZCI6Ilo5Sm0zNmpqcVF3QiJ9.eyJpc3MiOiJodHRwczovL2F1dGguYWNtZS5pbyIsImV4cCI6MTkxODAwMDAwMH0.AXg2j7EWRuTiuIH_FAmtKrfqGEkuOoXUGo_IPLaolaeZUK88RflhY7nd6c00iTGINhMxOcKVAAI29AvoLBMorp\",",
      "const unsigned = \"eyJhbGciOiJub25lIn0.eyJzdWIiOiJzdmMtYmFja3VwIn0.\";",
    ],
    negative: [
      "token = \"eyJhIjoxfQ.eyJiIjoyfQ.uBHgwH9ZV2g83i84PfcK\"",
      "x = eyJD-_gGiBXIwdmF_bvlwjg7vRxmfLD0h.GiXU7NEYlg5mXNIGnitNjGMtA63mDB.4aij6sdhUKB4bqwG9pEJ0fzKB5LW9L",
      "see eyJhbGciOi...truncated",
    ],
  },
};
