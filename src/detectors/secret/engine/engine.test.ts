import { Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import type { Finding } from '../../../core/model.js';
import type { SecretRule } from '../rule.js';
import { buildAutomaton } from './aho-corasick.js';
import { shannonEntropy } from './entropy.js';
import { createSecretScanner } from './scanner.js';
import { scanStream } from './stream.js';

// Rules defined here so the engine is tested independently of the built-in rule set.
const github: SecretRule = {
  id: 'test-github-pat',
  title: 'GitHub personal access token',
  severity: 'critical',
  keywords: ['ghp_'],
  regex: /\b(ghp_[A-Za-z0-9]{36})\b/,
  entropy: 3,
  docs: 'https://docs.github.com/en/authentication/keeping-your-account-and-data-secure/managing-your-personal-access-tokens',
  examples: { positive: [], negative: [] },
};
const generic: SecretRule = {
  id: 'generic-password',
  title: 'Password assignment',
  severity: 'high',
  keywords: ['password', 'passwd'],
  regex: /(?:password|passwd)["']?\s{0,3}[:=]\s{0,3}["']?([^\s"'`]{8,64})/i,
  entropy: 2.5,
  docs: 'https://owasp.org/www-community/vulnerabilities/Use_of_hard-coded_password',
  examples: { positive: [], negative: [] },
};
const pem: SecretRule = {
  id: 'test-private-key',
  title: 'Private key',
  severity: 'critical',
  keywords: ['-----begin'],
  regex:
    /-----BEGIN (?:RSA |EC |OPENSSH )?PRIVATE KEY-----[\s\S]{64,8192}?-----END (?:RSA |EC |OPENSSH )?PRIVATE KEY-----/,
  docs: 'https://www.rfc-editor.org/rfc/rfc7468',
  examples: { positive: [], negative: [] },
};
const RULES = [github, generic, pem];
const TOKEN = 'ghp_R8mK2pQ7xVz4LtN9wYb3Hc6Jf1Ds5Ga0Ue2T';

const scanner = createSecretScanner(RULES);
const ids = (fs: Finding[]): string[] => fs.map((f) => `${f.ruleId}@${f.location.startLine}`);

describe('Aho–Corasick prefilter', () => {
  it('finds every keyword occurrence case-insensitively, including overlapping ones', () => {
    const ac = buildAutomaton(['he', 'she', 'hers', 'ghp_']);
    const hits: string[] = [];
    ac.scan('uSHErs GHP_x', (end, kws) => hits.push(...kws.map((k) => `${k}@${end}`)));
    // "she" ends at 3 (with its suffix "he"), "hers" at 5, "ghp_" at 10.
    expect(hits.sort()).toEqual(['0@3', '1@3', '2@5', '3@10'].sort());
  });
  it('resets on non-ASCII characters and ignores non-ASCII keywords', () => {
    const ac = buildAutomaton(['token', 'pässword']);
    const hits: number[] = [];
    ac.scan('tok€en token', (end) => hits.push(end));
    expect(hits).toEqual([11]);
  });
  it('runs a rule only near its keyword: no keyword, no match', () => {
    // The regex alone would match, but the keyword `password` is absent.
    const r: SecretRule = { ...generic, id: 'kw-only', keywords: ['zzkey'], regex: /(secret=\w{8,})/ };
    const s = createSecretScanner([r]);
    expect(s.scanText('secret=Hq8fK2mZ0pLx', 'a.env').findings).toEqual([]);
    expect(s.scanText('zzkey: secret=Hq8fK2mZ0pLx', 'a.env').findings).toHaveLength(1);
    // Window = the keyword's line: a value on another line is not looked at.
    expect(s.scanText('zzkey\nsecret=Hq8fK2mZ0pLx', 'a.env').findings).toEqual([]);
    // …nor one more than 160 characters before the keyword on a long line.
    expect(s.scanText(`secret=Hq8fK2mZ0pLx ${'x'.repeat(200)} zzkey`, 'a.env').findings).toEqual([]);
    expect(s.scanText(`secret=Hq8fK2mZ0pLx ${'x'.repeat(100)} zzkey`, 'a.env').findings).toHaveLength(1);
  });
  it('reports a secret once even when several keyword hits cover it', () => {
    const text = `password = "password:Zq8#mK2!pV7x"\n`;
    const out = scanner.scanText(text, 'app/config.py').findings;
    expect(out).toHaveLength(1);
  });
});

describe('findings', () => {
  it('has exact lines, redaction, references, kind and a fingerprint without the line', () => {
    const text = `import os\n\nGITHUB_TOKEN = "${TOKEN}"\n`;
    const [f] = scanner.scanText(text, 'src/deploy.py').findings;
    expect(f).toMatchObject({
      kind: 'secret',
      ruleId: 'test-github-pat',
      title: 'GitHub personal access token',
      severity: 'critical',
      location: { path: 'src/deploy.py', startLine: 3, endLine: 3 },
      redacted: 'ghp_****',
      references: [github.docs],
    });
    expect(f!.message).not.toContain(TOKEN.slice(4));
    const moved = scanner.scanText(`# header\n\n\n\n${text}`, 'src/deploy.py').findings[0]!;
    expect(moved.location.startLine).toBe(7);
    expect(moved.fingerprint).toBe(f!.fingerprint);
    expect(scanner.scanText(text, 'src/other.py').findings[0]!.fingerprint).not.toBe(f!.fingerprint);
  });
  it('spans the lines of a multi-line PEM key', () => {
    const body = [
      'MIIEpAIBAAKCAQEA3Tz2mr7SZiAMfQyuvBjM9Oi7Kq2mW4b1HeZ8yVxR0pNsLtUc',
      'QkJ7vF3aN9rH2pL6sD0wX5yM1zB4cG8eT7uI3oP9qR2sA6dF1gH5jK0lZ3xC7vBn',
      'M4kP8oL2iU6yT0rE5wQ9aS3dF7gH1jK4lZ8xC2vB6nM0qW5eR9tY3uI7oP1aS4dF',
    ];
    const text = [
      'config:',
      '  key: |',
      '    -----BEGIN RSA PRIVATE KEY-----',
      ...body.map((b) => `    ${b}`),
      '    -----END RSA PRIVATE KEY-----',
      '',
    ].join('\n');
    const out = scanner.scanText(text, 'deploy/values.yaml').findings;
    expect(ids(out)).toEqual(['test-private-key@3']);
    expect(out[0]!.location.endLine).toBe(7);
    expect(out[0]).toMatchObject({ redacted: '----****' });
  });
  it('a generic rule yields to a specific rule on the same secret', () => {
    const text = `password = ${TOKEN}\n`;
    expect(ids(scanner.scanText(text, 'a.conf').findings)).toEqual(['test-github-pat@1']);
  });
});

describe('noise control', () => {
  it('applies the rule entropy threshold', () => {
    expect(shannonEntropy('aaaa')).toBe(0);
    expect(shannonEntropy('abcd')).toBe(2);
    // 9 characters from {a,b}: entropy < 1 bit → below 2.5.
    expect(scanner.scanText('password = "abababbba"', 'a.ini').findings).toEqual([]);
    expect(scanner.scanText('password = "Tr0ub4dor&3x"', 'a.ini').findings).toHaveLength(1);
  });
  it.each([
    ['password = "changeme"'],
    ['password: xxxxxxxxxxxx'],
    ['password = "<your-password>"'],
    ['password = "${DB_PASSWORD}"'],
    ['password: "{{ .Values.db.password }}"'],
    ['password = process.env.DB_PASSWORD'],
    ["password = os.environ['DB_PASSWORD']"],
    ['password = "********"'],
    ['password = "aaaaaaaaaaaa"'],
    ['password = "abcabcabcabc"'],
    ['password = "12345678"'],
    ['password = $DB_PASSWORD'],
    ['password = "your_password_here"'],
  ])('drops the placeholder in %s', (line) => {
    expect(scanner.scanText(`${line}\n`, 'app/settings.py').findings).toEqual([]);
  });
  it('drops well-known documentation examples', () => {
    const aws: SecretRule = {
      ...github,
      id: 'test-aws',
      keywords: ['akia'],
      regex: /\b(AKIA[A-Z0-9]{16})\b/,
      entropy: undefined,
    };
    const s = createSecretScanner([aws]);
    expect(s.scanText('aws_access_key_id = AKIAIOSFODNN7EXAMPLE', 'a').findings).toEqual([]);
    expect(s.scanText('aws_access_key_id = AKIAZ3MQ7RVD4LNXWKPB', 'a').findings).toHaveLength(1);
  });
  it('never reports lockfile integrity hashes and checksums', () => {
    const sri: SecretRule = {
      ...generic,
      id: 'test-b64',
      keywords: ['sha512', 'sha256', 'h1:', 'checksum'],
      regex: /([A-Za-z0-9+/]{40,}={0,2})/,
      entropy: 3,
    };
    const s = createSecretScanner([sri]);
    const lines = [
      [
        '  integrity sha512-Zq8mK2pV7xTr0ub4dorBx9sLw3Nc5Hf1Jg6Ke2Pd8Qa4Rb7Sc0Td3Ue6Vf9Wg2Xh5Yi8Zj1Ak4Bl7Cm0Dn3Eo==',
        'yarn.lock',
      ],
      [
        '      "integrity": "sha512-Zq8mK2pV7xTr0ub4dorBx9sLw3Nc5Hf1Jg6Ke2Pd8Qa4Rb7Sc0Td3Ue6Vf9Wg2Xh5Yi8Zj1Ak4Bl7Cm0Dn3Eo==",',
        'web/package.json',
      ],
      [
        'requests==2.31.0 --hash=sha256:942c5a758f98d790eaed1a29cb6eefc7ffb0d1cf7af05c3d2791656dbd6ad1e1',
        'requirements.txt',
      ],
      ['checksum = "942c5a758f98d790eaed1a29cb6eefc7ffb0d1cf7af05c3d2791656dbd6ad1e1"', 'vendor/Cargo.lock'],
      ['golang.org/x/text v0.14.0 h1:ScX5w1eTa3QqT8oi6+ziP7dTV1S2+ALU0bI+0zXKWiQ=', 'go.sum'],
    ];
    for (const [line, path] of lines) expect(s.scanText(`${line}\n`, path!).findings, path).toEqual([]);
  });
  it('honours palisade:ignore on the line or the line above, in any comment syntax', () => {
    const a = `token = "${TOKEN}" # palisade:ignore\n`;
    const b = `// palisade:ignore — test account, revoked\nconst t = "${TOKEN}";\n`;
    const c = `<!-- palisade:ignore -->\n<token>${TOKEN}</token>\n`;
    const d = `// palisade:ignore\n\nconst t = "${TOKEN}";\n`; // two lines above: not suppressed
    // Suppressed findings are kept, marked with the reason written after the marker.
    const suppressions = (text: string, path: string) =>
      scanner.scanText(text, path).findings.map((f) => f.suppressed);
    expect(suppressions(a, 'x.py')).toEqual([{ kind: 'inline' }]);
    expect(suppressions(b, 'x.ts')).toEqual([{ kind: 'inline', reason: 'test account, revoked' }]);
    expect(suppressions(c, 'x.xml')).toEqual([{ kind: 'inline' }]);
    expect(suppressions(`token = "${TOKEN}" // gitleaks:allow rotated 2024-05\n`, 'x.go')).toEqual([
      { kind: 'inline', reason: 'rotated 2024-05' },
    ]);
    expect(ids(scanner.scanText(d, 'x.ts').findings)).toEqual(['test-github-pat@3']);
    expect(suppressions(d, 'x.ts')).toEqual([undefined]);
  });
  it('downgrades findings in test-fixture paths to low instead of dropping them', () => {
    const text = `token: ${TOKEN}\n`;
    for (const p of [
      'test/auth.spec.ts',
      'pkg/api/testdata/config.yaml',
      'src/__tests__/x.js',
      'fixtures/a.json',
      'examples/deploy.sh',
      'src/app.test.ts',
      'api/server_test.go',
    ]) {
      const out = scanner.scanText(text, p).findings;
      expect(
        out.map((f) => f.severity),
        p,
      ).toEqual(['low']);
    }
    expect(scanner.scanText(text, 'src/contest/app.ts').findings[0]!.severity).toBe('critical');
    const keep = createSecretScanner(RULES, { keepFixtureSeverity: true });
    expect(keep.scanText(text, 'test/a.ts').findings[0]!.severity).toBe('critical');
  });
  it('applies path allowlists (globs) and regex allowlists from config', () => {
    const s = createSecretScanner(RULES, {
      allowlists: [{ globs: ['docs/**', '**/*.md'] }, { regexes: [{ source: '^ghp_R8mK' }] }],
    });
    expect(s.scanText(`t = "${TOKEN}"`, 'docs/setup.txt').findings).toEqual([]);
    expect(s.scanText(`t = "${TOKEN}"`, 'README.md').findings).toEqual([]);
    expect(s.scanText(`t = "${TOKEN}"`, 'src/a.ts').findings).toEqual([]);
    expect(s.scanText('password = "Tr0ub4dor&3x"', 'src/a.ts').findings).toHaveLength(1);
  });
  it('allowlist stopwords, regexTarget line and AND conditions', () => {
    const s = createSecretScanner(RULES, {
      allowlists: [
        { stopwords: ['tr0ub'] },
        { regexTarget: 'line', regexes: [{ source: 'NOSONAR' }] },
        { condition: 'AND', paths: [{ source: '^legacy/' }], regexes: [{ source: '^Leg' }] },
      ],
    });
    expect(s.scanText('password = "Tr0ub4dor&3x"', 'a.ini').findings).toEqual([]);
    expect(s.scanText('password = "Hq8fK2mZ0pLx" // NOSONAR', 'a.ini').findings).toEqual([]);
    expect(s.scanText('password = "LegHq8fK2mZ0pLx"', 'legacy/a.ini').findings).toEqual([]);
    expect(s.scanText('password = "LegHq8fK2mZ0pLx"', 'src/a.ini').findings).toHaveLength(1);
    expect(s.scanText('password = "Hq8fK2mZ0pLx"', 'legacy/a.ini').findings).toHaveLength(1);
  });
  it('disabledRules, custom rules and extendDefault', () => {
    const off = createSecretScanner(RULES, { disabledRules: ['test-github-pat'] });
    expect(off.ruleIds).toEqual(['generic-password', 'test-private-key']);
    const only = createSecretScanner(RULES, {
      extendDefault: false,
      rules: [
        {
          id: 'acme-key',
          title: 'Acme key',
          severity: 'medium',
          regex: { source: '\\b(acme_[a-z0-9]{24})\\b', flags: 'i' },
          keywords: ['acme_'],
          entropy: 3,
        },
      ],
    });
    expect(only.ruleIds).toEqual(['acme-key']);
    const [f] = only.scanText('ACME_KEY=acme_9f8e7d6c5b4a3f2e1d0c9b8a', '.env').findings;
    expect(f).toMatchObject({
      ruleId: 'acme-key',
      severity: 'medium',
      location: { startLine: 1 },
      redacted: 'acme****',
    });
  });
  it('runs keyword-less custom rules over the whole text, and path-only rules', () => {
    const s = createSecretScanner([], {
      rules: [
        { id: 'any-hex', regex: { source: '\\b([0-9a-f]{40})\\b' } },
        { id: 'pkcs12-file', title: 'PKCS#12 file', path: { source: '\\.p12$' } },
      ],
    });
    expect(
      ids(s.scanText('x\ncommit = 3f786850e387550fdab836ed7e6dc881de23001b\n', 'a.txt').findings),
    ).toEqual(['any-hex@2']);
    expect(ids(s.scanText('', 'certs/client.p12').findings)).toEqual(['pkcs12-file@1']);
  });
});

describe('scanStream', () => {
  it('scans standard input as <stdin>', async () => {
    const out = await scanStream(
      scanner,
      Readable.from([Buffer.from('first\nGITHUB_TOKEN='), Buffer.from(`${TOKEN}\n`)]),
    );
    expect(out.findings.map((f) => [f.ruleId, f.location.path, f.location.startLine])).toEqual([
      ['test-github-pat', '<stdin>', 2],
    ]);
  });
});
