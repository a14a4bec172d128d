import type { SecretRule } from '../../rule.js';
import { PLACEHOLDERS, literalPassword } from '../shared.js';

/**
 * libpq connection URIs (`postgresql://user:password@host/db`) with a literal password.
 */
export const rule: SecretRule = {
  id: "postgres-connection-string",
  title: "PostgreSQL connection URL with password",
  severity: 'critical',
  keywords: ["postgres"],
  regex: /(?<![A-Za-z0-9+.-])(?:postgres(?:ql)?(?:\+[a-z0-9]+)?):\/\/([^\s:@\/\'"`<>]{1,128}):([^\s@\/\'"`<>]{1,256})@[A-Za-z0-9\[_.-]/i,
  secretGroup: 2,
  allowlist: [...PLACEHOLDERS],
  docs: "https://www.postgresql.org/docs/current/libpq-connect.html#LIBPQ-CONNSTRING-URIS",
  validate: literalPassword(1),
  remediation: "Change the database password and load it from a secret store or environment at runtime.",
  examples: {
    positive: [
      "DATABASE_URL=postgresql://app_rw:VULuUFuX2DtVAf@db.internal.acme.io:5432/orders",
      "  url: \"postgresql://svc_reporting:VeRebiFe7l%21515P@10.20.4.17/reporting\"",
    ],
    negative: [
      "DATABASE_URL=postgresql://app:${DB_PASSWORD}@db.internal.acme.io/orders",
      "DATABASE_URL=postgresql://user:password@localhost/orders",
      "DATABASE_URL=postgresql://db.internal.acme.io/orders",
      "DATABASE_URL=postgresql://app:app@localhost/app",
      "DATABASE_URL=postgresql://app:<password>@localhost/app",
    ],
  },
};
