import type { SecretRule } from '../../rule.js';
import { PLACEHOLDERS, literalPassword } from '../shared.js';

/**
 * Credentials embedded in a URL's userinfo (RFC 3986 section 3.2.1 deprecates `user:password@`).
 */
export const rule: SecretRule = {
  id: "basic-auth-url",
  title: "Password in a URL",
  severity: 'high',
  keywords: ["://"],
  regex: /(?<![A-Za-z0-9+.-])(?:https?|ftps?|sftp|ldaps?|smtps?|imaps?|git\+https?|svn\+ssh|ssh|ws|wss|nats|kafka|clickhouse|cockroachdb|neo4j|couchbase|elasticsearch):\/\/([^\s:@\/\'"`<>{}$]{1,128}):([^\s@\/\'"`<>{}]{3,256})@[A-Za-z0-9\[_.-]/i,
  secretGroup: 2,
  entropy: 2.5,
  allowlist: [...PLACEHOLDERS],
  docs: "https://www.rfc-editor.org/rfc/rfc3986#section-3.2.1",
  validate: literalPassword(1),
  examples: {
    positive: [
      "PIP_INDEX_URL=https://ci:z0a4hAZlUEhOJzBb@pypi.internal.acme.io/simple",
      "git clone https://deploy-bot:ja4xksDMyN2hF8ZPrrRQ@git.acme.io/platform/infra.git",
      "ldaps://cn=svc-sync,dc=acme,dc=io:jz7x7jkuFiBF@ldap.acme.io",
    ],
    negative: [
      "https://user:password@example.com/path",
      "https://${USER}:${TOKEN}@git.acme.io/x.git",
      "https://admin:admin@localhost:8080",
      "see https://docs.acme.io/a:b@c",
      "https://git.acme.io/platform/infra.git",
    ],
  },
};
