import type { SecretRule } from '../../rule.js';
import { PLACEHOLDERS, literalPassword } from '../shared.js';

/**
 * Redis URLs (`redis://user:password@host:6379/0`) with a literal password.
 */
export const rule: SecretRule = {
  id: "redis-connection-string",
  title: "Redis connection URL with password",
  severity: 'critical',
  keywords: ["redis"],
  regex: /(?<![A-Za-z0-9+.-])(?:rediss?):\/\/([^\s:@\/\'"`<>]{1,128}):([^\s@\/\'"`<>]{1,256})@[A-Za-z0-9\[_.-]/i,
  secretGroup: 2,
  allowlist: [...PLACEHOLDERS],
  docs: "https://www.iana.org/assignments/uri-schemes/prov/redis",
  validate: literalPassword(1),
  remediation: "Change the database password and load it from a secret store or environment at runtime.",
  examples: {
    positive: [
      "DATABASE_URL=rediss://app_rw:nLvFw7wOmOYAeI@db.internal.acme.io:5432/orders",
      "  url: \"rediss://svc_reporting:m7oECb2FSQ%21cQbJ@10.20.4.17/reporting\"",
    ],
    negative: [
      "DATABASE_URL=rediss://app:${DB_PASSWORD}@db.internal.acme.io/orders",
      "DATABASE_URL=rediss://user:password@localhost/orders",
      "DATABASE_URL=rediss://db.internal.acme.io/orders",
      "DATABASE_URL=rediss://app:app@localhost/app",
      "DATABASE_URL=rediss://app:<password>@localhost/app",
    ],
  },
};
