import type { SecretRule } from '../../rule.js';
import { PLACEHOLDERS, literalPassword } from '../shared.js';

/**
 * SQL Server / ODBC key-value connection strings with `Password=` or `Pwd=`.
 */
export const rule: SecretRule = {
  id: "mssql-connection-string",
  title: "ADO.NET / ODBC connection string with password",
  severity: 'critical',
  keywords: ["password=", "pwd="],
  regex: /(?:Server|Data Source|Host|Address|Addr)\s{0,2}=[^;"\'\n]{1,200};[^"\'\n]{0,400}?(?:Password|Pwd)\s{0,2}=\s{0,2}([^;"\'\n]{1,128})/i,
  secretGroup: 1,
  allowlist: [...PLACEHOLDERS],
  docs: "https://learn.microsoft.com/en-us/dotnet/api/system.data.sqlclient.sqlconnection.connectionstring",
  validate: literalPassword(undefined),
  examples: {
    positive: [
      "\"DefaultConnection\": \"Server=tcp:sql-prod.database.windows.net,1433;Initial Catalog=erp;User ID=erp_app;Password=TXuI98f9O7tXDa5k;Encrypt=True;\"",
      "Driver={ODBC Driver 18 for SQL Server};Server=sql01;Database=hr;Uid=hr_app;Pwd=DXn2ZjC0a9s5;",
    ],
    negative: [
      "Server=sql01;Database=hr;User Id=sa;Password=;",
      "Server=sql01;Database=hr;Trusted_Connection=True;",
      "Server=sql01;Database=hr;User Id=sa;Password=<password>;",
      "Server=(local);Database=hr;User Id=sa;Password=$(SQL_PASSWORD);",
    ],
  },
};
