import type { SecretRule } from '../../rule.js';
import { PLACEHOLDERS, literalPassword } from '../shared.js';

/**
 * AMQP URIs (`amqp://user:password@host/vhost`) with a literal password.
 */
export const rule: SecretRule = {
  id: "amqp-connection-string",
  title: "AMQP (RabbitMQ) connection URL with password",
  severity: 'critical',
  keywords: ["amqp"],
  regex: /(?<![A-Za-z0-9+.-])(?:amqps?):\/\/([^\s:@\/\'"`<>]{1,128}):([^\s@\/\'"`<>]{1,256})@[A-Za-z0-9\[_.-]/i,
  secretGroup: 2,
  allowlist: [...PLACEHOLDERS],
  docs: "https://www.rabbitmq.com/docs/uri-spec",
  validate: literalPassword(1),
  remediation: "Change the database password and load it from a secret store or environment at runtime.",
  examples: {
    positive: [
      "DATABASE_URL=amqps://app_rw:TgwGbcLz5O0k1h@db.internal.acme.io:5432/orders",
      "  url: \"amqps://svc_reporting:l3k4fO8d9S%218rHt@10.20.4.17/reporting\"",
    ],
    negative: [
      "DATABASE_URL=amqps://app:${DB_PASSWORD}@db.internal.acme.io/orders",
      "DATABASE_URL=amqps://user:password@localhost/orders",
      "DATABASE_URL=amqps://db.internal.acme.io/orders",
      "DATABASE_URL=amqps://app:app@localhost/app",
      "DATABASE_URL=amqps://app:<password>@localhost/app",
    ],
  },
};
