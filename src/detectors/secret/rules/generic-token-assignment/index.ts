import type { SecretRule } from '../../rule.js';
import { PLACEHOLDERS, literalSecretValue } from '../shared.js';

/**
 * Tokens assigned to a token/auth/bearer-named key.
 */
export const rule: SecretRule = {
  id: 'generic-token-assignment',
  title: 'Hard-coded token',
  severity: 'medium',
  keywords: ['token', 'auth', 'bearer'],
  regex:
    /(?<![\w.-])([\w.-]{0,40}?(?:token|auth(?!or)|bearer)[\w.-]{0,30}?)(?:["\'\]]{0,2}[ \t]{0,4}(?:=|:=|:|=>|<-|\?\?=)|["\']\s{0,2},)[ \t]{0,4}(["\'`]?)([^\s"\'`]{12,300})\2/i,
  secretGroup: 3,
  entropy: 3.3,
  allowlist: [...PLACEHOLDERS],
  docs: 'https://owasp.org/www-community/vulnerabilities/Use_of_hard-coded_password',
  validate: literalSecretValue(1, 2),
  remediation: 'Move the value to a secret store or environment variable and rotate it.',
  examples: {
    positive: [
      'SLACK_TOKEN=JLjxq2t9KiDea9jrDbRxdtCp3YCY1R',
      '"user_auth": "1GXHrssIGnaPQCVt4B8szuAv1O2Q+qFiKx3nh4WL="',
      ' utils.GetEnvOrDefault("api_token", "6a277a2c-d79c-4e64-a919-1ceede8a4f9f")',
      'bearer = "wiT6EJp6FDj-i_ulPOh69C3WiWLI0QP0XmlH"',
    ],
    negative: [
      'access_token_url=https://github.com/login/oauth/access_token',
      'csrf-token=Mj2qykJO5rELyHgezQ69nzUX0i3OH67V7+V4eUrLfpuyOuxmiW9rhROG/Whikle15syazJOkrjJa3U2AbhIvUw==',
      'publicToken = "9Cnzj4p4WGeKLs1Pt8QuKUpRKfFLfRYC9AIKjbJTWit"',
      'author = "james.fake@ymail.com"',
      'Authentication-Results: 5h.ca.iphmx.com',
      'tokenizer = AutoTokenizer.from_pretrained(name)',
      'token_expiry_seconds = 86400',
      "  const token = req.headers.authorization?.split(' ')[1] ?? process.env.API_TOKEN;",
      '    auth_header = request.headers::get("Authorization")',
    ],
  },
};
