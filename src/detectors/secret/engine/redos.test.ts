/**
 * ReDoS guard: every registered rule (SECRET_RULES) runs, through the engine and as a bare regex over
 * the whole input, against adversarial inputs: long runs of the keyword followed by near-miss
 * characters, 100 KB lines without a terminator, and its own positive example repeated with the last
 * character broken. A rule with catastrophic backtracking takes seconds to minutes on these; a linear
 * one takes milliseconds. The bound is deliberately generous (shared CI machines).
 */
import { describe, expect, it } from 'vitest';
import type { SecretRule } from '../rule.js';
import { SECRET_RULES } from '../rules/index.js';
import { createSecretScanner } from './scanner.js';

const SIZE = 100_000;
const BOUND_MS = 3000;

function fill(unit: string, size = SIZE): string {
  return unit.repeat(Math.ceil(size / Math.max(1, unit.length))).slice(0, size);
}

function adversarial(rule: SecretRule): string[] {
  const kw = rule.keywords[0] ?? 'key';
  const example = rule.examples.positive[0] ?? `${kw}=abcdef0123456789`;
  return [
    fill(`${kw}${'A'.repeat(40)}!`),
    kw + fill('a1B2c3D4e5F6'),
    kw + ' = "' + fill('x9_-') + '\n',
    kw + fill(' '),
    kw + fill(`${kw}=`),
    fill(example.slice(0, -1) + '\u0000 '),
    fill(`${kw}\n`),
    '-----BEGIN ' + kw + ' PRIVATE KEY-----\n' + fill('MIIEvQIBADANBgkqhkiG9w0BAQEFAASC\n'),
  ];
}

describe('ReDoS guard', () => {
  it('has rules to check', () => {
    expect(SECRET_RULES.length).toBeGreaterThan(0);
  });
  it.each(SECRET_RULES.map((r) => [r.id, r] as const))('%s stays linear on adversarial input', (_id, rule) => {
    const scanner = createSecretScanner([rule]);
    const bare = new RegExp(rule.regex.source, rule.regex.flags.replace(/[gy]/g, '') + 'g');
    const t0 = performance.now();
    for (const input of adversarial(rule)) {
      scanner.scanText(input, 'src/adversarial.txt');
      bare.lastIndex = 0;
      let n = 0;
      while (bare.exec(input) !== null && n++ < 10_000) if (bare.lastIndex === 0) break;
    }
    const ms = performance.now() - t0;
    expect(ms, `${rule.id} took ${ms.toFixed(0)} ms`).toBeLessThan(BOUND_MS);
  });
});
