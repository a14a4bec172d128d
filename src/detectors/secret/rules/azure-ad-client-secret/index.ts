import type { SecretRule } from '../../rule.js';
import { PLACEHOLDERS } from '../shared.js';

/**
 * Entra ID app client secrets created since 2021: three characters, a version digit, `Q~`, and
 * 31–34 characters of [A-Za-z0-9_~.-] (40 in all).
 */
export const rule: SecretRule = {
  id: "azure-ad-client-secret",
  title: "Microsoft Entra ID (Azure AD) client secret",
  severity: 'high',
  keywords: ["q~"],
  regex: /(?<![A-Za-z0-9_~.-])([A-Za-z0-9_~.-]{3}\dQ~[A-Za-z0-9_~.-]{31,34})(?![A-Za-z0-9_~.-])/,
  entropy: 3.5,
  allowlist: [...PLACEHOLDERS],
  docs: "https://learn.microsoft.com/en-us/entra/identity-platform/how-to-add-credentials",
  remediation: "Delete the secret from the app registration (Certificates & secrets) and create a new one.",
  examples: {
    positive: [
      "AZURE_CLIENT_SECRET=dgQ8Q~T.1nVvEiwMqMCvfZBJCOp.95Wl0Rka53ZM",
      "  \"ClientSecret\": \"D6u7Q~7SRXIRFU19a.C-KkD2lQ1d595wxJJoT\",",
      "client_secret: lqt8Q~dK8lbxp1vIM4SPzcVT4gH3yjrewei0qMS",
    ],
    negative: [
      "client_secret=bP88Q~xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx",
      "AZURE_CLIENT_SECRET=dgQ8Q~T.1nVvEiwMqMCv",
      "url = /speel~VARA_101375237~mh17-het-verdriet~.html",
      "~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~",
    ],
  },
};
