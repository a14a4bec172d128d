/**
 * Names and values that look like a secret in environment variables and build arguments, shared by the
 * Dockerfile, compose and GitHub Actions checks. A name must look secret AND the value must be a
 * literal (not a `$VAR`/`${{ … }}` reference, not a placeholder) for a finding.
 */
export const SECRET_NAME = /(passw(or)?d|passwd|secret|token|api[_-]?key|access[_-]?key|private[_-]?key|credential|auth[_-]?key)/i;
// Names that say where a secret lives, not the secret itself.
export const NOT_SECRET_NAME = /(_FILE|_PATH|_DIR|_URL|_URI|_ENDPOINT|_HOST|_PORT|_NAME|_USER(NAME)?|_ID|_LENGTH|_EXPIRY|_TTL|_TYPE|_ENABLED|_HEADER)$/i;
export const PLACEHOLDER = /^(changeme|change_me|placeholder|x{3,}|\*+|<.*>|none|null|false|true|example|secret|password|redacted|dummy|test)$/i;

/** true when `name=value` is a literal secret. */
export function literalSecret(name: string, value: unknown): boolean {
  if (!SECRET_NAME.test(name) || NOT_SECRET_NAME.test(name)) return false;
  if (typeof value !== 'string' && typeof value !== 'number') return false;
  const v = String(value).trim();
  if (v.length < 4 || /^\$\{?[A-Za-z_]/.test(v) || v.includes('${{') || PLACEHOLDER.test(v)) return false;
  return true;
}
