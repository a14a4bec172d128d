import type { SecretRule } from '../../rule.js';
import { PLACEHOLDERS } from '../shared.js';

/**
 * A literal bearer token (RFC 6750) in a header, e.g. in curl commands, HTTP files and tests.
 */
export const rule: SecretRule = {
  id: "authorization-bearer-token",
  title: "Bearer token in an Authorization header",
  severity: 'medium',
  keywords: ["bearer"],
  regex: /Authorization["\']?\s{0,3}[:=]\s{0,3}["\']?Bearer\s{1,3}([A-Za-z0-9_~+\/.=-]{20,2000})(?![A-Za-z0-9_~+\/.=-])/i,
  entropy: 3.5,
  allowlist: [...PLACEHOLDERS],
  docs: "https://www.rfc-editor.org/rfc/rfc6750",
  examples: {
    positive: [
      "-H \"Authorization: Bearer GDECKFWCRBdO1umArgIW-7lm_l6s0zfYxyC3gzQb\"",
      "  \"Authorization\": \"Bearer gsaDkXSlxygeY6c2nXcBLx2K4fbBNF7c\",",
    ],
    negative: [
      "-H \"Authorization: Bearer $TOKEN\"",
      "-H \"Authorization: Bearer <access_token>\"",
      "-H \"Authorization: Bearer YOUR_ACCESS_TOKEN_HERE\"",
      "-H \"Authorization: Bearer 5j7Ec8IVhu\"",
    ],
  },
};
