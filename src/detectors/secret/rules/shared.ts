/**
 * Building blocks shared by the built-in secret rules: placeholder allowlists and the key/value checks
 * of the generic assignment rules. Pure data and pure functions.
 */

/**
 * Values that are obviously not live secrets: masked or repeated characters, documentation words,
 * template and variable references. Applied to the secret itself.
 */
export const PLACEHOLDERS: readonly RegExp[] = [
  /x{6,}|X{6,}|\*{3,}|\.{3,}|…|#{4,}|_{5,}/,
  /(.)\1{7,}/,
  /example|sample|dummy|placeholder|changeme|change_me|redacted|^your[_-]?[a-z]|[_<-]your[_-]|insert[_-]?your|replace[_-]?me/i,
  /^<[^>]*>$|^\[[^\]]*\]$|^\{[^}]*\}$/,
  /\$\{|\$\(|\{\{|%\([\w]+\)s|^\$[A-Za-z_][\w]*$|^%[A-Za-z_]+%$/,
  /abcdefgh|ABCDEFGH|01234567|12345678/,
];

/** Common non-secret words people put where a password goes in samples and docs. */
const PLACEHOLDER_WORDS = new Set([
  'password',
  'passwd',
  'pass',
  'pwd',
  'secret',
  'token',
  'test',
  'testing',
  'user',
  'username',
  'admin',
  'root',
  'changeme',
  'changeit',
  'xxx',
  'yyy',
  'foo',
  'bar',
  'foobar',
  'example',
  'default',
  'guest',
  'postgres',
  'mysql',
  'redis',
  'mongo',
  'rabbitmq',
  'sa',
  'none',
  'null',
  'nil',
  'undefined',
  'true',
  'false',
  'empty',
  'secret123',
  'password123',
  'password1',
  'pa55word',
  'letmein',
  'qwerty',
  'dbpass',
  'dbpassword',
  'mypassword',
  'mysecret',
  'yourpassword',
  'pass123',
  'test123',
  'apikey',
  'api_key',
  'required',
  'optional',
  'string',
  'str',
  'value',
  'hidden',
  'masked',
  'redacted',
  'todo',
  'tbd',
]);

/** True for a value that reads like a sample rather than a credential (case-insensitive). */
export function isPlaceholderWord(value: string): boolean {
  return PLACEHOLDER_WORDS.has(value.toLowerCase());
}

/** True when the value is a reference to a variable, parameter, template or secret store rather than a literal. */
export function isReference(value: string): boolean {
  return (
    /^\$[\w{(]|^%[\w(]|\{\{|\$\{|^<.*>$|^\[.*\]$|^@|^&|^\*$/.test(value) ||
    /\b(?:getenv|environ|process\.env|System\.getenv|ENV\[|secrets\.|vault:|ref\+|lookup|valueFrom|secretKeyRef)/.test(
      value,
    )
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
  // Member access in the usual languages: `.`, optional chaining `?.`, TypeScript's `!.`, `::`, `->`,
  // and index brackets; an unquoted call may be cut at its first quote (`req.headers.get(`).
  const chain =
    /^[A-Za-z_$][\w$]*(?:(?:\?\.|!\.|\.|::|->)[A-Za-z_$][\w$]*|\[[^\]]*\])*(?:\??\.?\([^)]*\)?)?[;,]?$/;
  return chain.test(value) && !/\d/.test(value.replace(/\(.*$/, ''));
}

/** Hostnames, e-mail addresses, URLs, paths and file names are settings, not secrets. */
function looksLikeLocator(value: string): boolean {
  return (
    /:\/\/|^\.{0,2}\/|^~\/|^[A-Za-z]:\\/.test(value) ||
    /^[\w.+-]+@[\w-]+(?:\.[\w-]+)+$/.test(value) ||
    /^(?:[a-z0-9-]+\.)+[a-z]{2,12}(?::\d+)?$/i.test(value) ||
    /^[A-Za-z][\w.-]*[-_:]v?\d+(?:\.\d+){1,3}[\w.-]*$/.test(value) ||
    /\.(?:pem|key|crt|cer|p12|pfx|jks|json|ya?ml|txt|env|properties|xml|ini|conf|cfg|keytab|keystore|gpg|asc)$/i.test(
      value,
    )
  );
}

/**
 * The value check shared by the generic assignment rules: `match[keyGroup]` is the key name, `match[quoteGroup]`
 * the opening quote (empty when unquoted). Drops references, placeholders, code, locators and numbers.
 */
export function literalSecretValue(keyGroup: number, quoteGroup: number) {
  return (secret: string, match: RegExpExecArray): boolean => {
    const key = match[keyGroup] ?? '';
    const quoted = (match[quoteGroup] ?? '') !== '';
    if (isBenignKey(key)) return false;
    if (isReference(secret) || isPlaceholderWord(secret)) return false;
    if (!quoted && looksLikeCode(secret)) return false;
    if (looksLikeLocator(secret)) return false;
    if (!/[A-Za-z]/.test(secret)) return false;
    if (/^(?:true|false|null|none|nil|undefined|yes|no|on|off|enabled|disabled)$/i.test(secret)) return false;
    return true;
  };
}

/** A password in a URL or connection string: a literal that is not a placeholder and not the user name again. */
export function literalPassword(userGroup: number | undefined) {
  return (secret: string, match: RegExpExecArray): boolean => {
    const user = userGroup === undefined ? undefined : match[userGroup];
    if (isReference(secret) || isPlaceholderWord(secret)) return false;
    if (user !== undefined && secret.toLowerCase() === user.toLowerCase()) return false;
    if (/^[*x.•]+$/i.test(secret) || /^%[0-9A-F]{2}$/i.test(secret)) return false;
    return true;
  };
}

/** A base64 value that decodes to a printable `user:password` pair (HTTP Basic, Docker config). */
export function isBasicCredential(secret: string): boolean {
  const s = Buffer.from(secret, 'base64').toString('utf8');
  const i = s.indexOf(':');
  if (i <= 0 || s.length - i <= 4 || /[^\x20-\x7e]/.test(s)) return false;
  const user = s.slice(0, i);
  const pass = s.slice(i + 1);
  return !isPlaceholderWord(pass) && !isReference(pass) && pass !== user;
}

/**
 * The argument of `curl -u`: `user:password` (quotes around the whole or either half). A credential when
 * at least one half is a literal that is not a placeholder and neither half is a variable or template.
 */
export function isCurlCredential(secret: string): boolean {
  const s = secret.replace(/["']/g, '');
  const i = s.indexOf(':');
  if (i < 0) return false;
  const user = s.slice(0, i).replace(/^\{|\}$/g, '');
  const pass = s.slice(i + 1).replace(/^\{|\}$/g, '');
  const parts = [user, pass].filter((p) => p !== '');
  if (parts.length === 0) return false;
  if (parts.some((p) => isReference(p) || /^\$\d$|^\$[\w{(]|[<>[\]]|\{\{/.test(p))) return false;
  const secretPart = pass !== '' ? pass : user;
  if (isPlaceholderWord(secretPart) || secretPart.length < 4) return false;
  if (/^(.)\1*$/.test(secretPart) || (secretPart.toLowerCase() === user.toLowerCase() && pass !== ''))
    return false;
  return true;
}
