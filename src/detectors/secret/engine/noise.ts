/**
 * Global noise control, applied to every rule: well-known documentation examples, placeholders and
 * templating, lockfile integrity hashes and checksums, test-fixture paths and inline suppression.
 * Built-in rules add their own, narrower allowlists (SecretRule.allowlist).
 */

/** Example credentials published in vendor docs, e.g. AWS's (https://docs.aws.amazon.com/IAM/latest/UserGuide/id_credentials_access-keys.html). */
const KNOWN_EXAMPLES = new Set(
  [
    'AKIAIOSFODNN7EXAMPLE',
    'wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY',
    'je7MtGbClwBF/2Zp9Utk/h3yCo8nvbEXAMPLEKEY',
  ].map((s) => s.toLowerCase()),
);

/** Whole-secret placeholder shapes (case-insensitive). */
const PLACEHOLDER_WHOLE = [
  // xxxx…, ****, ...., ----, ####, 0000
  /^(?:x{3,}|\*{3,}|\.{3,}|-{3,}|#{3,}|_{3,}|0{6,})$/i,
  // words people put where a secret goes
  /^(?:change[-_ ]?me|change[-_ ]?it|changethis|replace[-_ ]?me|fill[-_ ]?me|todo|tbd|none|null|nil|undefined|empty|secret|password|passwd|token|apikey|api[-_]key|redacted|removed|hidden|dummy|placeholder|sample|example|test|testing|foobar|foo|bar|baz|qwerty|letmein|password123|admin|root|default|your[-_a-z]*|my[-_]?(?:secret|password|token|key)[-_a-z]*|some[-_]?(?:secret|password|token|key)[-_a-z]*|insert[-_a-z]*|enter[-_a-z]*|put[-_a-z]*here)$/i,
  // <your-token>, [YOUR_KEY], {token}
  /^<[^<>]*>$/,
  /^\[[^\][]*\]$/,
  // templating: ${VAR}, {{ var }}, #{var}, %(var)s, <%= var %>, $VAR, %VAR%, @var@
  /^\$\{[^}]*\}?$/,
  /^\$\(.*\)?$/,
  /^\{\{.*\}?\}?$/,
  /^#\{[^}]*\}?$/,
  /^%\([\w.-]+\)s?$/,
  /^<%=?.*%?>?$/,
  /^\$[A-Za-z_][A-Za-z0-9_]*$/,
  /^%[A-Za-z_][A-Za-z0-9_]*%$/,
  /^@[A-Za-z_][A-Za-z0-9_]*@$/,
  // references to the environment or a secret store instead of a value
  /^(?:process\.env|import\.meta\.env|os\.environ|os\.getenv|system\.getenv|env\.|env\[|env\(|getenv|environment\.|config\.|settings\.|secrets\.|vault:|arn:aws:secretsmanager|ssm:|\$env:)/i,
];

/** Placeholders inside a longer secret. */
const PLACEHOLDER_PART = [
  /x{6,}/i,
  /\*{4,}/,
  /(?:^|[^a-z])(?:your|insert|replace|enter)[-_ ]?(?:own[-_ ]?)?(?:api[-_ ]?)?(?:key|token|secret|password|here)/i,
  /\$\{[^}]*\}/,
  /\{\{[^}]*\}\}/,
];

/** A secret made of one character, or of a short unit repeated (`abcabcabc`), or an alphabet run. */
function isRepetitive(s: string): boolean {
  if (s.length < 4) return true;
  for (let unit = 1; unit <= 4 && unit * 2 <= s.length; unit++) {
    if (s.length % unit !== 0) continue;
    const u = s.slice(0, unit);
    if (u.repeat(s.length / unit) === s) return true;
  }
  const lower = s.toLowerCase();
  return (
    '0123456789'.includes(lower) ||
    'abcdefghijklmnopqrstuvwxyz'.includes(lower) ||
    '1234567890'.includes(lower)
  );
}

/** true when the secret is a placeholder, a documentation example or templating rather than a value. */
export function isPlaceholder(secret: string): boolean {
  if (KNOWN_EXAMPLES.has(secret.toLowerCase())) return true;
  if (isRepetitive(secret)) return true;
  for (const re of PLACEHOLDER_WHOLE) if (re.test(secret)) return true;
  for (const re of PLACEHOLDER_PART) if (re.test(secret)) return true;
  return false;
}

/**
 * Lines that carry integrity hashes or checksums, never secrets: npm/yarn/pnpm `integrity`
 * (https://w3c.github.io/webappsec-subresource-integrity/), pip `--hash=sha256:`
 * (https://pip.pypa.io/en/stable/topics/secure-installs/), Cargo.lock `checksum =`, go.sum `h1:` lines,
 * and `sha256:`/`sha512-` digests in general.
 */
const CHECKSUM_LINE =
  /(?:\bintegrity\b["']?\s*[:=]?\s*["']?(?:sha(?:1|256|384|512)-)|--hash[= ](?:sha256|sha384|sha512|md5):|^\s*checksum\s*=\s*"|\s h1:[A-Za-z0-9+/]{43}=|\bsha(?:1|256|384|512)[-:][A-Za-z0-9+/=]{20,}|^\s*"?(?:resolved|shasum|digest|etag)"?\s*[:=])/i;

/** Files that hold only hashes (go.sum) or generated dependency metadata. */
const CHECKSUM_FILES =
  /(?:^|\/)(?:go\.sum|go\.work\.sum|Cargo\.lock|package-lock\.json|npm-shrinkwrap\.json|yarn\.lock|pnpm-lock\.yaml|bun\.lock|Gemfile\.lock|poetry\.lock|composer\.lock|Pipfile\.lock|uv\.lock|pdm\.lock|packages\.lock\.json|gradle\.lockfile|verification-metadata\.xml|\.terraform\.lock\.hcl)$/;

export function isChecksumFile(path: string): boolean {
  return CHECKSUM_FILES.test(path);
}

export function isChecksumLine(line: string): boolean {
  return CHECKSUM_LINE.test(line);
}

/** Test and example paths: findings there are most often fake credentials, so they are reported as `low`. */
const FIXTURE_PATH =
  /(?:^|\/)(?:tests?|__tests__|__mocks__|fixtures?|testdata|test[-_]data|examples?|samples?|spec)(?:\/|$)|(?:^|\/)[^/]+\.(?:test|spec)\.[^/]+$|(?:^|\/)[^/]+_test\.[a-z]+$|(?:^|\/)test_[^/]+\.py$/i;

export function isFixturePath(path: string): boolean {
  return FIXTURE_PATH.test(path);
}

/**
 * Inline suppression: `palisade:ignore` anywhere on the line (in any comment syntax), or alone on the
 * line above. `gitleaks:allow` on the line is honoured too, so migrated repositories keep working.
 */
/** The text after a suppression marker, without comment closers and separators: the user's reason. */
function reasonAfter(line: string, marker: string): string | undefined {
  const rest = line
    .slice(line.indexOf(marker) + marker.length)
    .replace(/(?:-->|\*\/|#\}|%>)\s*$/, '')
    .replace(/^[\s:—–-]+/, '')
    .trim();
  return rest === '' ? undefined : rest;
}

/**
 * An inline suppression of the line (`palisade:ignore` or gitleaks' `gitleaks:allow` on it, or
 * `palisade:ignore` on the line above), with the reason written after the marker.
 */
export function inlineSuppression(
  text: string,
  lineStart: number,
  lineEnd: number,
): { reason?: string } | undefined {
  const line = text.slice(lineStart, lineEnd);
  for (const marker of ['palisade:ignore', 'gitleaks:allow']) {
    if (line.includes(marker)) return { reason: reasonAfter(line, marker) };
  }
  if (lineStart === 0) return undefined;
  const prevStart = text.lastIndexOf('\n', lineStart - 2) + 1;
  const prev = text.slice(prevStart, lineStart);
  return prev.includes('palisade:ignore')
    ? { reason: reasonAfter(prev.replace(/\r?\n$/, ''), 'palisade:ignore') }
    : undefined;
}
