import type { SecretRule } from '../../rule.js';
import { PLACEHOLDERS, literalPassword } from '../shared.js';

/**
 * MongoDB standard and SRV connection strings with a literal password.
 */
export const rule: SecretRule = {
  id: "mongodb-connection-string",
  title: "MongoDB connection string with password",
  severity: 'critical',
  keywords: ["mongodb"],
  regex: /(?<![A-Za-z0-9+.-])(?:mongodb(?:\+srv)?):\/\/([^\s:@\/\'"`<>]{1,128}):([^\s@\/\'"`<>]{1,256})@[A-Za-z0-9\[_.-]/i,
  secretGroup: 2,
  allowlist: [...PLACEHOLDERS],
  docs: "https://www.mongodb.com/docs/manual/reference/connection-string/",
  validate: literalPassword(1),
  remediation: "Change the database password and load it from a secret store or environment at runtime.",
  examples: {
    positive: [
      "DATABASE_URL=mongodb+srv://app_rw:1YQyOWnZAm6TEl@cluster0.ab12c.mongodb.net:5432/orders",
      "  url: \"mongodb+srv://svc_reporting:R7Mb8khRHR%21foTd@10.20.4.17/reporting\"",
    ],
    negative: [
      "DATABASE_URL=mongodb+srv://app:${DB_PASSWORD}@cluster0.ab12c.mongodb.net/orders",
      "DATABASE_URL=mongodb+srv://user:password@localhost/orders",
      "DATABASE_URL=mongodb+srv://cluster0.ab12c.mongodb.net/orders",
      "DATABASE_URL=mongodb+srv://app:app@localhost/app",
      "DATABASE_URL=mongodb+srv://app:<password>@localhost/app",
    ],
  },
};
