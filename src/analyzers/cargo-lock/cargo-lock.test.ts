import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { describeAnalyzerCases } from '../../../test/harness/analyzer-cases.js';
import { cargoLock } from './index.js';
import { cargoLockPackages, makeResolver, readCargoLock, readCargoManifest } from './parse.js';

describeAnalyzerCases(cargoLock, path.join(path.dirname(fileURLToPath(import.meta.url)), 'cases'));

const REG = 'registry+https://github.com/rust-lang/crates.io-index';

describe('cargo-lock parsing', () => {
  it('resolves the three dependency spellings', () => {
    const pkgs = [
      { name: 'a', version: '1.0.0', source: REG, dependencies: [] },
      { name: 'a', version: '2.0.0', source: REG, dependencies: [] },
      { name: 'a', version: '2.0.0', source: 'git+https://example.com/a#abc', dependencies: [] },
    ];
    const r = makeResolver(pkgs);
    expect(r('a')).toBe(pkgs[0]);
    expect(r('a 2.0.0')).toBe(pkgs[1]);
    expect(r('a 2.0.0 (git+https://example.com/a#abc)')).toBe(pkgs[2]);
    expect(r('b')).toBeUndefined();
  });
  it('skips an entry without a version with a diagnostic', () => {
    const r = readCargoLock('version = 3\n[[package]]\nname = "x"\n\n[[package]]\nname = "y"\nversion = "1.0.0"\n');
    expect(r.packages.map((p) => [p.name, p.line])).toEqual([['y', 5]]);
    expect(r.diagnostics.map((d) => d.code)).toEqual(['malformed-entry']);
  });
  it('rejects a "package" key that is not an array of tables', () => {
    expect(() => readCargoLock('package = "x"\n')).toThrow(/array of tables/);
  });
  it('reads renamed and target-specific dependencies from a manifest', () => {
    const m = readCargoManifest(
      '[package]\nname = "p"\n[dependencies]\nfoo = { package = "bar", version = "1" }\n[target."cfg(unix)".dev-dependencies]\nbaz = "1"\n[workspace]\nmembers = ["x", "crates/*"]\n',
    );
    expect([...m.deps.normal]).toEqual(['bar']);
    expect([...m.deps.dev]).toEqual(['baz']);
    expect(m.workspaceMembers).toEqual(['x', 'crates/*']);
  });
  it('counts a crate used by both a dev and a normal path as production', () => {
    const lock = readCargoLock(
      `[[package]]\nname = "app"\nversion = "0.1.0"\ndependencies = ["t", "n"]\n[[package]]\nname = "t"\nversion = "1.0.0"\nsource = "${REG}"\ndependencies = ["s"]\n[[package]]\nname = "n"\nversion = "1.0.0"\nsource = "${REG}"\ndependencies = ["s"]\n[[package]]\nname = "s"\nversion = "1.0.0"\nsource = "${REG}"\n`,
    ).packages;
    const deps = { name: 'app', normal: new Set(['n']), dev: new Set(['t']), build: new Set<string>() };
    const out = cargoLockPackages(lock, 'Cargo.lock', 't', [deps]);
    expect(Object.fromEntries(out.map((p) => [p.name, p.dev]))).toEqual({ app: false, t: true, n: false, s: false });
  });
  it('handles a long dependency chain without recursion limits', () => {
    const n = 20000;
    let text = `[[package]]\nname = "root"\nversion = "0.1.0"\ndependencies = ["c0"]\n`;
    for (let i = 0; i < n; i++) text += `[[package]]\nname = "c${i}"\nversion = "1.0.0"\nsource = "${REG}"\ndependencies = ["c${i + 1}"]\n`;
    const lock = readCargoLock(text).packages;
    const out = cargoLockPackages(lock, 'Cargo.lock', 't', [{ name: 'root', normal: new Set(['c0']), dev: new Set(), build: new Set() }]);
    expect(out).toHaveLength(n + 1);
    expect(out.every((p) => p.dev === false)).toBe(true);
  });
});
