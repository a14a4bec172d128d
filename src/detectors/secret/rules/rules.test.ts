import { readdirSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { SecretRule } from '../rule.js';
import { SECRET_RULES } from './index.js';

const HERE = dirname(fileURLToPath(import.meta.url));

/** Shannon entropy in bits per character. */
function entropy(s: string): number {
  const counts = new Map<string, number>();
  for (const ch of s) counts.set(ch, (counts.get(ch) ?? 0) + 1);
  let h = 0;
  for (const n of counts.values()) {
    const p = n / s.length;
    h -= p * Math.log2(p);
  }
  return h;
}

/** The secrets one rule reports in `text`, applying only the rule's own regex, entropy, allowlist and validate. */
function ruleSecrets(rule: SecretRule, text: string): string[] {
  const flags = rule.regex.flags.includes('g') ? rule.regex.flags : rule.regex.flags + 'g';
  const re = new RegExp(rule.regex.source, flags);
  const hasGroups = new RegExp(`${rule.regex.source}|`).exec('')!.length > 1;
  const group = rule.secretGroup ?? (hasGroups ? 1 : 0);
  const out: string[] = [];
  for (const m of text.matchAll(re)) {
    const secret = m[group];
    if (!secret) continue;
    if (rule.entropy !== undefined && entropy(secret) < rule.entropy) continue;
    if (rule.allowlist?.some((a) => a.test(secret))) continue;
    if (rule.validate && !rule.validate(secret, m as RegExpExecArray)) continue;
    out.push(secret);
  }
  return out;
}

describe('secret rule registry', () => {
  const folders = readdirSync(HERE).filter((f) => statSync(join(HERE, f)).isDirectory());

  it('registers every rule folder exactly once, with id = folder name', () => {
    const ids = SECRET_RULES.map((r) => r.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect([...ids].sort()).toEqual([...folders].sort());
  });

  it('keeps the registry in alphabetical order', () => {
    const ids = SECRET_RULES.map((r) => r.id);
    expect(ids).toEqual([...ids].sort());
  });

  it.each(SECRET_RULES.map((r) => [r.id, r] as const))('%s is well formed', (id, rule) => {
    expect(id).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
    expect(rule.title.length).toBeGreaterThan(0);
    const url = new URL(rule.docs);
    expect(url.protocol).toBe('https:');
    expect(rule.keywords.length).toBeGreaterThan(0);
    for (const k of rule.keywords) {
      expect(k.length).toBeGreaterThan(0);
      expect(k).toBe(k.toLowerCase());
    }
    expect(rule.examples.positive.length).toBeGreaterThan(0);
    expect(rule.examples.negative.length).toBeGreaterThan(0);
    // The prefilter only lets a rule run near one of its keywords, so every positive must hold one …
    for (const p of rule.examples.positive) {
      expect(
        rule.keywords.some((k) => p.toLowerCase().includes(k)),
        `no keyword of ${id} in positive: ${p}`,
      ).toBe(true);
    }
    // … and every keyword must be exercised by some positive.
    for (const k of rule.keywords) {
      expect(
        rule.examples.positive.some((p) => p.toLowerCase().includes(k)),
        `keyword ${k} of ${id} occurs in no positive`,
      ).toBe(true);
    }
    expect(rule.regex.flags).not.toContain('g');
    expect(rule.regex.flags).not.toContain('y');
  });
});

describe('secret rule examples', () => {
  for (const rule of SECRET_RULES) {
    describe(rule.id, () => {
      it.each(rule.examples.positive.map((p) => [p]))('finds a secret in %s', (text) => {
        const found = ruleSecrets(rule, text);
        expect(found.length).toBeGreaterThan(0);
        for (const s of found) expect(s.length).toBeGreaterThan(0);
      });
      it.each(rule.examples.negative.map((n) => [n]))('reports nothing in %s', (text) => {
        expect(ruleSecrets(rule, text)).toEqual([]);
      });
    });
  }
});
