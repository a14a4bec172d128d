import type { SecretRule } from '../../rule.js';
import { PLACEHOLDERS, literalPassword } from '../shared.js';

/**
 * JDBC URLs carrying `password=` as a parameter (PostgreSQL, MySQL, SQL Server, …).
 */
export const rule: SecretRule = {
  id: "jdbc-connection-string",
  title: "JDBC URL with password",
  severity: 'critical',
  keywords: ["jdbc:"],
  regex: /jdbc:[a-z0-9]{2,20}:[^\s"\'<>`]{0,400}?[?&;:]password=([^\s&;"\'<>`]{1,128})/i,
  secretGroup: 1,
  allowlist: [...PLACEHOLDERS],
  docs: "https://docs.oracle.com/javase/tutorial/jdbc/basics/connecting.html",
  validate: literalPassword(undefined),
  examples: {
    positive: [
      "spring.datasource.url=jdbc:postgresql://db.acme.io:5432/app?user=app&password=z6viooVqHu1pFM",
      "url = \"jdbc:sqlserver://sql01.acme.io:1433;databaseName=erp;user=erp_app;password=CuDll1HOhZ5AJ6Dw;encrypt=true\"",
    ],
    negative: [
      "url=jdbc:postgresql://db.acme.io/app?user=app&password=${DB_PASSWORD}",
      "url=jdbc:mysql://localhost/app?user=root&password=password",
      "url=jdbc:postgresql://db.acme.io/app?user=app",
    ],
  },
};
