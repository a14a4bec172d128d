import type { SecretRule } from '../../rule.js';
import { PLACEHOLDERS } from '../shared.js';

/**
 * Google API keys: `AIza` then 35 URL-safe characters (39 in all).
 * https://cloud.google.com/docs/authentication/api-keys
 */
export const rule: SecretRule = {
  id: "gcp-api-key",
  title: "Google Cloud API key",
  severity: 'high',
  keywords: ["aiza"],
  regex: /(?<![A-Za-z0-9_-])(AIza[0-9A-Za-z_-]{35})(?![A-Za-z0-9_-])/,
  entropy: 3.5,
  allowlist: [...PLACEHOLDERS],
  docs: "https://cloud.google.com/docs/authentication/api-keys",
  remediation: "Delete or restrict the key in the Google Cloud console (APIs & Services \u2192 Credentials).",
  examples: {
    positive: [
      "GOOGLE_API_KEY=AIzaS_ohkdPNjH-RGIoApQ-n9rTLNNUDsKPMkOG",
      "const firebaseConfig = { apiKey: \"AIza0qWP-VAqCt7XL2CWc6Dt0CTpvNAAWQRCZlj\", authDomain: \"shop-prod.firebaseapp.com\" };",
      "<meta name=\"maps-key\" content=\"AIzaS_ohkdPNjH-RGIoApQ-n9rTLNNUDsKPMkOG\">",
    ],
    negative: [
      "GOOGLE_API_KEY=AIzaS_ohkdPNjH-RGIoApQ-n9rTLNNUDsKPMk",
      "apiKey: \"AIzaXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX\"",
      "key = aizaS_ohkdPNjH-RGIoApQ-n9rTLNNUDsKPMkOG",
      "x = \"AIzaS_ohkdPNjH-RGIoApQ-n9rTLNNUDsKPMkOGQ9\"",
    ],
  },
};
