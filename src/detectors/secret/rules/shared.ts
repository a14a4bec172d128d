/**
 * Building blocks shared by the built-in secret rules: placeholder allowlists and the key/value checks
 * of the generic assignment rules. Pure data and pure functions.
 */

/**
 * Values that are obviously not live secrets: masked or repeated characters, documentation words,
 * template and variable references. Applied to the secret itself.
 */
export const PLACEHOLDERS: readonly RegExp[] = [
  /x{6,}|X{6,}|\*{3,}|\.{4,}|#{4,}|_{5,}/,
  /(.)\1{7,}/,
  /example|sample|dummy|placeholder|changeme|change_me|redacted|your[_-]?(?:api|access|secret|token|key|pass)|insert[_-]?your|replace[_-]?me/i,
  /^<[^>]*>$|^\[[^\]]*\]$|^\{[^}]*\}$/,
  /\$\{|\$\(|\{\{|%\([\w]+\)s|^\$[A-Za-z_][\w]*$|^%[A-Za-z_]+%$/,
  /abcdefgh|ABCDEFGH|01234567|12345678/,
];

/** Common non-secret words people put where a password goes in samples and docs. */
const PLACEHOLDER_WORDS = new Set([
  'password', 'passwd', 'pass', 'pwd', 'secret', 'token', 'test', 'testing', 'user', 'username', 'admin',
  'root', 'changeme', 'changeit', 'xxx', 'yyy', 'foo', 'bar', 'foobar', 'example', 'default', 'guest',
  'postgres', 'mysql', 'redis', 'mongo', 'rabbitmq', 'sa', 'none', 'null', 'nil', 'undefined', 'true',
  'false', 'empty', 'secret123', 'password123', 'password1', 'pa55word', 'letmein', 'qwerty', 'dbpass',
  'dbpassword', 'mypassword', 'mysecret', 'yourpassword', 'pass123', 'test123', 'apikey', 'api_key',
  'required', 'optional', 'string', 'str', 'value', 'hidden', 'masked', 'redacted', 'todo', 'tbd',
]);

/** True for a value that reads like a sample rather than a credential (case-insensitive). */
export function isPlaceholderWord(value: string): boolean {
  return PLACEHOLDER_WORDS.has(value.toLowerCase());
}

/** True when the value is a reference to a variable, parameter, template or secret store rather than a literal. */
export function isReference(value: string): boolean {
  return (
    /^\$[\w{(]|^%[\w(]|\{\{|\$\{|^<.*>$|^\[.*\]$|^@|^&|^\*$/.test(value) ||
    /\b(?:getenv|environ|process\.env|System\.getenv|ENV\[|secrets\.|vault:|ref\+|lookup|valueFrom|secretKeyRef)/.test(value)
  );
}

/**
 * Key names that hold secrets only in name: identifiers, names, sizes, paths and settings about the
 * secret (`password_file`, `token_url`, `secret_name`, `key_length`), public material, and CSRF tokens.
 */
const NOT_SECRET_KEY =
  /(?:id|ids|name|names|size|len|length|file|files|path|dir|url|uri|endpoint|type|format|field|header|param|prefix|suffix|count|policy|regex|pattern|label|hint|placeholder|message|msg|ref|arn|env|var|enabled|required|min|max|timeout|ttl|expiry|expires|expiration|mode|hash|version|rotation|provider|manager|store|validator|check|strength|reset|confirm|policy)$|public|^pub|csrf|xsrf|nonce|recaptcha|captcha|(?:secrets|tokens|passwords|keys)$/i;

/** True when the key name is about a secret but does not hold one. */
export function isBenignKey(key: string): boolean {
  const bare = key.replace(/^[\s"'`[\]]+|[\s"'`[\]]+$/g, '');
  return NOT_SECRET_KEY.test(bare);
}

/**
 * Member expressions and bare identifiers (`config.db.password`, `os.environ`, `myPassword`) are code,
 * not literals, when they appear unquoted on the right-hand side of an assignment.
 */
export function looksLikeCode(value: string): boolean {
  return /^[A-Za-z_$][\w$]*(?:\.[A-Za-z_$][\w$]*)*(?:\(\)?)?$/.test(value) && !/\d/.test(value);
}
