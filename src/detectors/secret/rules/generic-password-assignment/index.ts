import type { SecretRule } from '../../rule.js';
import { PLACEHOLDERS, literalSecretValue } from '../shared.js';

/**
 * Passwords assigned to a password-named key in code, config, `.env`, Dockerfile ENV/ARG and Terraform.
 */
export const rule: SecretRule = {
  id: "generic-password-assignment",
  title: "Hard-coded password",
  severity: 'medium',
  keywords: ["password", "passwd", "pass", "pwd"],
  regex: /(?<![\w.-])([\w.-]{0,40}?(?:pass(?:word|wd|phrase)?|pwd)[\w.-]{0,30}?)(?:["\'\]]{0,2}[ \t]{0,4}(?:=|:=|:|=>|<-|\?\?=)|["\']\s{0,2},)[ \t]{0,4}(["\'`]?)([^\s"\'`]{6,300})\2/i,
  secretGroup: 3,
  entropy: 2.5,
  allowlist: [...PLACEHOLDERS],
  docs: "https://owasp.org/www-community/vulnerabilities/Use_of_hard-coded_password",
  validate: literalSecretValue(1, 2),
  remediation: "Move the value to a secret store or environment variable and rotate it.",
  examples: {
    positive: [
      "DB_PASSWORD=8xVkZBIseIPp",
      "  password: \"mFaZzo!J5f0\"",
      "resource \"azurerm_mssql_server\" \"main\" { administrator_login_password = \"luLcAyDHElehG3Z5\" }",
      "smtp_passwd = 'EGWgUEl4iV'",
      "ENV REDIS_PASS=SJDkB0XvwsiHsq",
      "$pwd = \"YxUeq2fqELe\";",
    ],
    negative: [
      "DB_PASSWORD=${DB_PASSWORD}",
      "password = os.getenv(\"DB_PASSWORD\")",
      "password: changeme",
      "password = \"\"",
      "password_file = \"/run/secrets/db.txt\"",
      "password = config.database.password",
      "bypass_cache = true",
      "password: \"<your-password>\"",
      "PASSWORD=********",
      "password_min_length = 12345678",
    ],
  },
};
