import type { SecretRule } from '../../rule.js';
import { PLACEHOLDERS, literalSecretValue } from '../shared.js';

/**
 * API keys assigned to an api/access/secret/private/… key name; entropy and reference checks keep it quiet.
 */
export const rule: SecretRule = {
  id: "generic-api-key-assignment",
  title: "Hard-coded API key",
  severity: 'medium',
  keywords: ["key"],
  regex: /(?<![\w.-])([\w.-]{0,40}?(?:(?:api|access|secret|private|auth|client|master|encryption|signing|app|license|service)[_.-]?key(?![a-z]))[\w.-]{0,30}?)(?:["\'\]]{0,2}[ \t]{0,4}(?:=|:=|:|=>|<-|\?\?=)|["\']\s{0,2},)[ \t]{0,4}(["\'`]?)([^\s"\'`]{10,300})\2/i,
  secretGroup: 3,
  entropy: 3.3,
  allowlist: [...PLACEHOLDERS],
  docs: "https://owasp.org/www-community/vulnerabilities/Use_of_hard-coded_password",
  validate: literalSecretValue(1, 2),
  remediation: "Move the value to a secret store or environment variable and rotate it.",
  examples: {
    positive: [
      "STRIPE_API_KEY=TtH3lrvyMD3Q57tEMDxz9ShQUkmKUALt",
      "  \"apiKey\": \"P_caqLoD6nD-Z95EiswQrVixt_Ii\",",
      "encryption_key = \"noY+3Qe9I94WCeQZTZ/MRtJJ8TwURFVxJVrQIV2Fo2R=\"",
      "const accessKey = 'nVvB27zxNTldJ7WRULoh';",
    ],
    negative: [
      "API_KEY=${API_KEY}",
      "public_key = \"9Cnzj4p4WGeKLs1Pt8QuKUpRKfFLfRYC9AIKjbJTWit\"",
      "kms_key_id: \"555ea4a3-d53a-4412-9c66-3a7cb667b0d6\"",
      "api_key: process.env.API_KEY",
      "app.keystore.file=env/cert.p12",
      "api_key = \"YOUR_API_KEY\"",
      "apiKey: apiKeyFromSettings",
    ],
  },
};
