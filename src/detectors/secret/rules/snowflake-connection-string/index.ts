import type { SecretRule } from '../../rule.js';
import { PLACEHOLDERS, literalPassword } from '../shared.js';

/**
 * Snowflake SQLAlchemy/Go URLs (`snowflake://user:password@account/db`) with a literal password.
 */
export const rule: SecretRule = {
  id: "snowflake-connection-string",
  title: "Snowflake connection URL with password",
  severity: 'critical',
  keywords: ["snowflake"],
  regex: /(?<![A-Za-z0-9+.-])(?:snowflake):\/\/([^\s:@\/\'"`<>]{1,128}):([^\s@\/\'"`<>]{1,256})@[A-Za-z0-9\[_.-]/i,
  secretGroup: 2,
  allowlist: [...PLACEHOLDERS],
  docs: "https://docs.snowflake.com/en/developer-guide/python-connector/sqlalchemy#connection-parameters",
  validate: literalPassword(1),
  remediation: "Change the database password and load it from a secret store or environment at runtime.",
  examples: {
    positive: [
      "DATABASE_URL=snowflake://app_rw:p8jcGcJtkLR5Hn@xy12345.eu-central-1:5432/orders",
      "  url: \"snowflake://svc_reporting:X8DYgvmSNj%21zpC1@10.20.4.17/reporting\"",
    ],
    negative: [
      "DATABASE_URL=snowflake://app:${DB_PASSWORD}@xy12345.eu-central-1/orders",
      "DATABASE_URL=snowflake://user:password@localhost/orders",
      "DATABASE_URL=snowflake://xy12345.eu-central-1/orders",
      "DATABASE_URL=snowflake://app:app@localhost/app",
      "DATABASE_URL=snowflake://app:<password>@localhost/app",
    ],
  },
};
