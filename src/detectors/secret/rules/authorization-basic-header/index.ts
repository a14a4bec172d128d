import type { SecretRule } from '../../rule.js';
import { isBasicCredential } from '../shared.js';

/**
 * An `Authorization: Basic` header holds base64 of `user:password`; only pairs that decode cleanly are reported.
 */
export const rule: SecretRule = {
  id: "authorization-basic-header",
  title: "HTTP Basic Authorization header",
  severity: 'high',
  keywords: ["basic"],
  regex: /Authorization["\']?\s{0,3}[:=]\s{0,3}["\']?Basic\s{1,3}([A-Za-z0-9+\/]{8,500}={0,2})(?![A-Za-z0-9+\/=])/i,
  docs: "https://www.rfc-editor.org/rfc/rfc7617",
  validate: isBasicCredential,
  examples: {
    positive: [
      "-H \"Authorization: Basic c3ZjLWRlcGxveTo2aVhjRWdNajNGcWpySnF3\"",
      "  headers: { Authorization: \"Basic YXBpOlZCSjlFUVZ1WHlwdjlKWW0weE10\" }",
    ],
    negative: [
      "Authorization: Basic dXNlcjpwYXNzd29yZA==",
      "Authorization: Basic ${BASIC_AUTH}",
      "Authorization: Basic bm9jb2xvbg==",
    ],
  },
};
