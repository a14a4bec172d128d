/**
 * Every CloudFormation check against its own fixtures (cases/fail.* must produce a finding of that
 * check, on each `# expect-line: N` line when the fixture names lines; cases/pass.* must produce none),
 * parsed with the real analyzer so the fixtures also exercise intrinsics, defaults and line ranges.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parseCloudFormation } from '../../../../analyzers/cloudformation/parse.js';
import type { MisconfigCheck } from '../../check.js';
import { CLOUDFORMATION_CHECKS } from './index.js';

const here = path.dirname(fileURLToPath(import.meta.url));

function run(check: MisconfigCheck, file: string): { startLine: number; endLine: number; message: string }[] {
  const doc = parseCloudFormation(readFileSync(file, 'utf8'), path.basename(file));
  if (!doc) throw new Error(`${file} is not recognised as a CloudFormation template`);
  return doc.resources
    .filter((r) => !check.resourceTypes?.length || check.resourceTypes.includes(r.type))
    .flatMap((r) =>
      check.evaluate(r, { platform: 'cloudformation' }).map((res) => {
        const l = (res.at && r.lines(res.at)) || { startLine: r.startLine, endLine: r.endLine };
        return { ...l, message: res.message };
      }),
    );
}

describe('cloudformation checks', () => {
  it('have unique ids, PAL-CFN-NNN, and folders named by slug', () => {
    const ids = CLOUDFORMATION_CHECKS.map((c) => c.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const c of CLOUDFORMATION_CHECKS) {
      expect(c.id).toMatch(/^PAL-CFN-\d{3}$/);
      expect(c.platform).toBe('cloudformation');
      expect(existsSync(path.join(here, c.slug, 'index.ts'))).toBe(true);
      expect(c.references.length).toBeGreaterThan(0);
    }
  });

  for (const check of CLOUDFORMATION_CHECKS) {
    const cases = path.join(here, check.slug, 'cases');
    const files = existsSync(cases) ? readdirSync(cases).sort() : [];
    describe(`${check.id} ${check.slug}`, () => {
      it('has a failing and a passing fixture', () => {
        expect(files.some((f) => f.startsWith('fail.'))).toBe(true);
        expect(files.some((f) => f.startsWith('pass.'))).toBe(true);
      });
      for (const f of files.filter((x) => x.startsWith('fail.'))) {
        it(`reports ${f}`, () => {
          const found = run(check, path.join(cases, f));
          expect(found.length).toBeGreaterThan(0);
          const text = readFileSync(path.join(cases, f), 'utf8');
          const want = [...text.matchAll(/^# expect-line: (\d+)$/gm)].map((m) => Number(m[1]));
          for (const line of want) expect(found.map((x) => x.startLine)).toContain(line);
          if (want.length > 0) expect(found.length).toBe(want.length);
        });
      }
      for (const f of files.filter((x) => x.startsWith('pass.'))) {
        it(`accepts ${f}`, () => {
          expect(run(check, path.join(cases, f))).toEqual([]);
        });
      }
    });
  }
});
