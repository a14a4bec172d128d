import type { SecretRule } from '../../rule.js';

/**
 * Sentry organization auth token. Org tokens: `sntrys_` + base64 JSON (URL/region) + `_` + 43-character secret.
 * https://docs.sentry.io/account/auth-tokens/#organization-auth-tokens
 */
export const rule: SecretRule = {
  id: 'sentry-org-auth-token',
  title: 'Sentry organization auth token',
  severity: 'high',
  keywords: ['sntrys_'],
  regex: /(?<![\w-])(sntrys_eyJ[A-Za-z0-9+/=]{40,400}_[A-Za-z0-9+/]{43})(?![A-Za-z0-9+/])/,
  entropy: 4,
  docs: 'https://docs.sentry.io/account/auth-tokens/#organization-auth-tokens',
  remediation:
    'Revoke the credential in Sentry, issue a new one, and load it from a secret store or environment variable instead of the source.',
  examples: {
    positive: [
      'SENTRY_AUTH_TOKEN=sntrys_eyJocix4s2Or8nG13ZFyO1RlTahkpnDHp0rCEYfoYq4Fzi9HXNyvF659GeaUwitVgApQv9ybQksvQkbKHDDbfHucKOEwqtUTc5q9sh5DlX1kmZKe4Vxck3coMdMe88j6Cv2sGdCIvXUVRTq_cDfWY8BUZeVRc2Sd1fm0ECMr2ILXttoZRdCgxZBXB9O',
      "authToken: 'sntrys_eyJmyF6gJvNLSt30InvBBnJRMlkw3XNRJyKbbsG0BH27wESFenSaS6zSrcbBwbHjS8oPcynrXQUf54iRObehIP/T01R+DCWDWcj=_BbpOoLsFZpQ5wSWOs0bKhYvDW5jqbrI1SsyqA1d5dJe'",
    ],
    negative: ['SENTRY_AUTH_TOKEN=sntrys_YOUR_TOKEN_HERE', 'sntrys_eyJcDvCLW7djaoo9BzT1E7I'],
  },
};
