import { describe, expect, it } from 'vitest';
import { PalisadeError } from '../../../core/errors.js';
import { loadGitleaksToml } from './gitleaks-toml.js';
import { translateRe2 } from './re2.js';
import { createSecretScanner } from './scanner.js';
import { loadSecretConfigYaml } from './yaml-config.js';

describe('RE2 → JavaScript translation', () => {
  it.each([
    ['(?i)token', 'token', 'i'],
    ['(?is)a.b', 'a.b', 'is'],
    ['(?P<key>[a-z]{4})\\z', '(?<key>[a-z]{4})(?![\\s\\S])', ''],
    ['\\Aabc', '(?<![\\s\\S])abc', ''],
    ['[[:alnum:]_-]{8}', '[0-9A-Za-z_-]{8}', ''],
    ['\\Qa.b\\E+', 'a\\.b+', ''],
    ['\\x{41}', '\\u0041', ''],
    ['a/b', 'a\\/b', ''],
  ])('%s', (re2, source, flags) => {
    expect(translateRe2(re2)).toEqual({ source, flags });
  });
  it('scopes (?i:…) and a mid-pattern (?i) to their group by spelling out both cases', () => {
    const { source, flags } = translateRe2('key_(?i:ab[c-d])X');
    expect(flags).toBe('');
    const re = new RegExp(`^${source}$`, flags);
    expect(re.test('key_ABCX')).toBe(true);
    expect(re.test('key_abdX')).toBe(true);
    expect(re.test('KEY_abcX')).toBe(false);
    expect(re.test('key_abcx')).toBe(false);
    const mid = new RegExp(`^${translateRe2('(a(?i)b)c').source}$`);
    expect(mid.test('aBc')).toBe(true);
    expect(mid.test('aBC')).toBe(false);
  });
  it('rejects what JavaScript cannot express, naming the pattern', () => {
    for (const p of ['\\pL+', '(?U)a+', 'a(?s:.)b', '[[:foo:]]', '(unclosed']) {
      expect(() => translateRe2(p), p).toThrow(PalisadeError);
    }
    expect(() => translateRe2('\\pL+')).toThrow(/\\\\pL\+.*Unicode classes/);
  });
});

// A config in the shape teams keep next to their repositories (gitleaks v8 syntax, both allowlist styles).
const GITLEAKS = `
title = "acme gitleaks config"

[extend]
useDefault = true
disabledRules = ["generic-api-key"]

[[rules]]
id = "acme-internal-token"
description = "Acme internal service token"
regex = '''(?i)\\b(acme_(?:live|test)_[a-z0-9]{32})(?:['"\\s;]|$)'''
secretGroup = 1
entropy = 3.5
keywords = ["acme_live_", "acme_test_"]
tags = ["internal", "token"]

  [rules.allowlist]
  description = "documented sample"
  regexes = ['''acme_test_0{32}''']

[[rules]]
id = "acme-db-url"
description = "Acme database URL with password"
regex = '''postgres://[a-z]+:([^@\\s]{8,})@db\\.acme\\.internal'''
keywords = ["db.acme.internal"]

  [[rules.allowlists]]
  condition = "AND"
  paths = ['''^deploy/staging/''']
  stopwords = ["staging"]

[[rules]]
id = "keystore-file"
description = "Java keystore committed"
path = '''\\.(?:jks|keystore)$'''

[allowlist]
description = "global"
paths = ['''(?:^|/)vendor/''', '''\\.lock$''']
regexTarget = "line"
regexes = ['''EXAMPLE-ONLY''']

[[allowlists]]
targetRules = ["acme-db-url"]
stopwords = ["localdev"]
`;

describe('gitleaks TOML import', () => {
  const cfg = loadGitleaksToml(GITLEAKS);
  it('maps every field', () => {
    expect(cfg.title).toBe('acme gitleaks config');
    expect(cfg.extendDefault).toBe(true);
    expect(cfg.disabledRules).toEqual(['generic-api-key']);
    expect(cfg.rules!.map((r) => r.id)).toEqual(['acme-internal-token', 'acme-db-url', 'keystore-file']);
    const [tok, db, ks] = cfg.rules!;
    expect(tok).toMatchObject({ title: 'Acme internal service token', secretGroup: 1, entropy: 3.5, keywords: ['acme_live_', 'acme_test_'], tags: ['internal', 'token'] });
    expect(tok!.regex!.flags).toBe('i');
    expect(tok!.allowlists).toHaveLength(1);
    expect(db!.allowlists!.map((a) => a.condition ?? 'OR')).toEqual(['AND', 'OR']);
    expect(db!.allowlists![1]!.stopwords).toEqual(['localdev']);
    expect(ks!.path!.source).toBe('\\.(?:jks|keystore)$');
    expect(cfg.allowlists).toHaveLength(1);
    expect(cfg.allowlists![0]!.regexTarget).toBe('line');
  });
  it('scans with the imported rules and allowlists', () => {
    const s = createSecretScanner([], cfg);
    const live = 'acme_live_q8w7e6r5t4y3u2i1o0p9a8s7d6f5g4h3';
    expect(s.scanText(`ACME_TOKEN="${live}"\n`, 'src/app.ts').findings.map((f) => f.ruleId)).toEqual(['acme-internal-token']);
    expect(s.scanText(`t = "${live}" // EXAMPLE-ONLY\n`, 'src/app.ts').findings).toEqual([]);
    expect(s.scanText(`t = "${live}"\n`, 'vendor/acme/x.go').findings).toEqual([]);
    expect(s.scanText('t = "acme_test_00000000000000000000000000000000"\n', 'a.ts').findings).toEqual([]);
    const url = (pw: string): string => `DATABASE_URL=postgres://app:${pw}@db.acme.internal/main\n`;
    expect(s.scanText(url('Xk9mQ2vL7pRt'), 'deploy/prod/.env').findings.map((f) => (f.kind === 'secret' ? f.redacted : ''))).toEqual(['Xk9m****']);
    expect(s.scanText(url('stagingXk9mQ2'), 'deploy/staging/.env').findings).toEqual([]); // AND: path and stopword
    expect(s.scanText(url('stagingXk9mQ2'), 'deploy/prod/.env').findings).toHaveLength(1);
    expect(s.scanText(url('localdevXk9m'), 'deploy/prod/.env').findings).toEqual([]); // targetRules allowlist
    expect(s.scanText('', 'android/release.jks').findings.map((f) => f.ruleId)).toEqual(['keystore-file']);
  });
  it('without [extend], the config replaces the default rules (as in gitleaks)', () => {
    expect(loadGitleaksToml('[[rules]]\nid = "x"\nregex = "x{3}"\n').extendDefault).toBe(false);
  });
  it('rejects bad configs with the offending key', () => {
    expect(() => loadGitleaksToml('[[rules]]\nid = "bad"\nregex = "\\\\pL{8}"\n')).toThrow(/rule bad\.regex/);
    expect(() => loadGitleaksToml('[[rules]]\ndescription = "no id"\nregex = "a"\n')).toThrow(/rules\[0\]\.id/);
    expect(() => loadGitleaksToml('[extend]\npath = "base.toml"\n')).toThrow(/extend/);
    expect(() => loadGitleaksToml('title = ')).toThrow(/TOML/);
  });
});

describe('palisade.yaml secret section', () => {
  const YAML = `
scanners: [vuln, secret]
secret:
  extendDefault: false
  disabledRules: [generic-password]
  rules:
    - id: acme-key
      title: Acme API key
      severity: medium
      regex: '(?i)\\b(acmek_[0-9a-f]{32})\\b'
      keywords: [acmek_]
      entropy: 3
      docs: https://docs.acme.example/keys
      allowlists:
        - regexes: ['^acmek_0000']
  allowlists:
    - description: generated docs
      paths: ['site/**', '**/*.snap']
    - stopwords: [dummy]
`;
  it('loads and validates the section', () => {
    const cfg = loadSecretConfigYaml(YAML);
    expect(cfg.extendDefault).toBe(false);
    expect(cfg.disabledRules).toEqual(['generic-password']);
    expect(cfg.rules![0]).toMatchObject({ id: 'acme-key', severity: 'medium', keywords: ['acmek_'], regex: { flags: 'i' } });
    expect(cfg.allowlists![0]!.globs).toEqual(['site/**', '**/*.snap']);
    // Structured-cloneable: it travels to worker threads.
    expect(structuredClone(cfg)).toEqual(cfg);
    const s = createSecretScanner([], cfg);
    const key = 'ACMEK_9f8e7d6c5b4a39281706f5e4d3c2b1a0';
    expect(s.scanText(`key: ${key}`, 'app.yaml').findings.map((f) => [f.ruleId, f.severity, f.references])).toEqual([['acme-key', 'medium', ['https://docs.acme.example/keys']]]);
    expect(s.scanText(`key: ${key}`, 'site/api.html').findings).toEqual([]);
    expect(s.scanText(`key: ${key}`, 'ui/__snapshots__/a.snap').findings).toEqual([]);
    expect(s.scanText('key: acmek_0000e7d6c5b4a39281706f5e4d3c2b1a', 'app.yaml').findings).toEqual([]);
  });
  it('returns {} without a secret section and rejects unknown keys and bad values', () => {
    expect(loadSecretConfigYaml('scanners: [vuln]\n')).toEqual({});
    expect(loadSecretConfigYaml('')).toEqual({});
    expect(() => loadSecretConfigYaml('secret:\n  rulez: []\n')).toThrow(/unknown key "rulez"/);
    expect(() => loadSecretConfigYaml('secret:\n  rules:\n    - id: x\n      regex: "("\n')).toThrow(/rule x\.regex/);
    expect(() => loadSecretConfigYaml('secret:\n  rules:\n    - id: x\n      regex: a\n      severity: huge\n')).toThrow(/severity/);
    expect(() => loadSecretConfigYaml('secret:\n  rules:\n    - id: Bad_Id\n      regex: a\n')).toThrow(/kebab-case/);
  });
});
