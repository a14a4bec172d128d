/**
 * Every Kubernetes check against its own fixtures, through the real analyzer and engine:
 * cases/fail.yaml must be reported exactly on the lines marked `# expect-line: N` (N = that line; checked by hand),
 * nothing more (test/harness/misconfig-cases.ts, run by kubernetes.test.ts, only asks for those lines),
 * cases/pass.yaml must produce no finding of the check.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parseKubernetes } from '../../../../analyzers/kubernetes/parse.js';
import { runChecks } from '../../engine.js';
import { KUBERNETES_CHECKS } from './index.js';

const here = path.dirname(fileURLToPath(import.meta.url));

function run(file: string, checkIndex: number) {
  const text = readFileSync(file, 'utf8');
  const { resources, diagnostics } = parseKubernetes(text, path.basename(file));
  expect(diagnostics).toEqual([]);
  expect(resources.length).toBeGreaterThan(0);
  return runChecks(path.basename(file), { platform: 'kubernetes', text, resources }, [KUBERNETES_CHECKS[checkIndex]!]);
}

describe('kubernetes checks', () => {
  it('has unique ids in order PAL-K8S-001…', () => {
    const ids = KUBERNETES_CHECKS.map((c) => c.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(KUBERNETES_CHECKS.length).toBeGreaterThanOrEqual(60);
  });
  describe.each(KUBERNETES_CHECKS.map((c, i) => [`${c.id} ${c.slug}`, i] as const))('%s', (_label, i) => {
    const check = KUBERNETES_CHECKS[i]!;
    const dir = path.join(here, check.slug, 'cases');
    it('reports cases/fail.yaml on the marked lines', () => {
      const file = path.join(dir, 'fail.yaml');
      const expected = readFileSync(file, 'utf8')
        .split('\n')
        .flatMap((l, n) => (/#\s*expect-line:\s*\d+/.test(l) ? [n + 1] : []));
      expect(expected.length).toBeGreaterThan(0);
      const out = run(file, i);
      expect(out.diagnostics).toEqual([]);
      expect(out.findings.map((f) => f.location.startLine).sort((a, b) => a! - b!)).toEqual(expected);
      for (const f of out.findings) {
        expect(f.ruleId).toBe(check.id);
        expect(f.message.length).toBeGreaterThan(10);
      }
    });
    it('reports nothing on cases/pass.yaml', () => {
      const out = run(path.join(dir, 'pass.yaml'), i);
      expect(out.diagnostics).toEqual([]);
      expect(out.findings.map((f) => `${f.location.startLine}: ${f.message}`)).toEqual([]);
    });
  });
});
