import type { SecretRule } from '../../rule.js';
import { PLACEHOLDERS, literalPassword } from '../shared.js';

/**
 * MySQL URI-like connection strings (`mysql://user:password@host/db`) with a literal password.
 */
export const rule: SecretRule = {
  id: "mysql-connection-string",
  title: "MySQL/MariaDB connection URL with password",
  severity: 'critical',
  keywords: ["mysql", "mariadb"],
  regex: /(?<![A-Za-z0-9+.-])(?:mysql(?:\+[a-z0-9]+)?|mysqlx|mariadb):\/\/([^\s:@\/\'"`<>]{1,128}):([^\s@\/\'"`<>]{1,256})@[A-Za-z0-9\[_.-]/i,
  secretGroup: 2,
  allowlist: [...PLACEHOLDERS],
  docs: "https://dev.mysql.com/doc/refman/8.0/en/connecting-using-uri-or-key-value-pairs.html",
  validate: literalPassword(1),
  remediation: "Change the database password and load it from a secret store or environment at runtime.",
  examples: {
    positive: [
      "DATABASE_URL=mysql://app_rw:uSQUxQQ0bx9Hro@db.internal.acme.io:5432/orders",
      "  url: \"mysql://svc_reporting:KSkuuEL39X%21ILel@10.20.4.17/reporting\"",
      "DB=mariadb://shop:m2oUeu6tE0Th@maria.internal:3306/shop",
    ],
    negative: [
      "DATABASE_URL=mysql://app:${DB_PASSWORD}@db.internal.acme.io/orders",
      "DATABASE_URL=mysql://user:password@localhost/orders",
      "DATABASE_URL=mysql://db.internal.acme.io/orders",
      "DATABASE_URL=mysql://app:app@localhost/app",
      "DATABASE_URL=mysql://app:<password>@localhost/app",
    ],
  },
};
