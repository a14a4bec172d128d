import type { MisconfigCheck } from '../../../check.js';
import { arr, containers, isObj, NSA, WORKLOAD_KINDS } from '../workload.js';

/** Variable names that hold credentials by convention (PASSWORD, DB_PASS, API_KEY, AWS_SECRET_ACCESS_KEY, GITHUB_TOKEN, …). */
const SECRET_NAME = /(^|_)(PASS(WORD|WD)?|SECRET|TOKEN|API_?KEY|ACCESS_?KEY|PRIVATE_?KEY|CREDENTIALS?|AUTH|PWD|CLIENT_SECRET|CONN(ECTION)?_?STR(ING)?|DSN)(_|$)/i;
/** Names that look secret but hold references or settings, not the secret itself. */
const NOT_SECRET = /(_FILE|_PATH|_DIR|_URL_?FILE|_REF|_NAME|_ID|_LENGTH|_TTL|_EXPIRY|_EXPIRES?|_HEADER|_ENABLED|_TYPE)$/i;
/** Placeholders and references that are not real values. */
const PLACEHOLDER = /^(\$\(.+\)|\$\{.+\}|<.+>|changeme|change-me|xxx+|\*+|true|false|none|null|)$/i;

export const secretInEnvLiteral: MisconfigCheck = {
  id: 'PAL-K8S-039',
  slug: 'secret-in-env-literal',
  platform: 'kubernetes',
  title: 'Secret value in an environment variable literal',
  severity: 'high',
  description:
    'A credential written as `value:` of an environment variable is stored in the manifest (and in git), visible to anyone who can read the workload object, and copied into every ReplicaSet revision.',
  remediation: 'Move the value into a Secret (or an external secret manager) and reference it with `valueFrom.secretKeyRef`, or mount it as a file; rotate the exposed credential.',
  references: ['https://kubernetes.io/docs/concepts/configuration/secret/#using-secrets-as-environment-variables', 'https://kubernetes.io/docs/concepts/security/secrets-good-practices/', NSA],
  kics: [],
  resourceTypes: WORKLOAD_KINDS,
  evaluate: (r) =>
    containers(r).flatMap((c) =>
      arr(c.c.env).flatMap((e, i) => {
        if (!isObj(e) || typeof e.name !== 'string' || e.value === undefined || e.value === null) return [];
        const value = String(e.value).trim();
        if (!SECRET_NAME.test(e.name) || NOT_SECRET.test(e.name) || PLACEHOLDER.test(value)) return [];
        return [{ message: `container '${c.name}' sets ${e.name} to a literal value`, at: [...c.path, 'env', i, 'value'] }];
      }),
    ),
};
