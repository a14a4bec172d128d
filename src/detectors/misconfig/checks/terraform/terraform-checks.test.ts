/**
 * Every Terraform check against its own fixtures: cases/fail.tf must produce findings exactly on the
 * lines marked `# <- finding` (the offending attribute, or the resource/block header when a setting is
 * missing), and cases/pass.tf must produce none.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parseHcl } from '../../../../analyzers/terraform/hcl.js';
import { moduleResources } from '../../../../analyzers/terraform/resolve.js';
import type { MisconfigCheck } from '../../check.js';
import { TERRAFORM_CHECKS } from './index.js';

const here = path.dirname(fileURLToPath(import.meta.url));

function findingLines(check: MisconfigCheck, file: string): number[] {
  const text = readFileSync(file, 'utf8');
  const resources = moduleResources([{ path: 'main.tf', body: parseHcl(text) }]);
  const lines: number[] = [];
  for (const r of resources) {
    if (check.resourceTypes?.length && !check.resourceTypes.includes(r.type)) continue;
    for (const res of check.evaluate(r, { platform: 'terraform' })) {
      lines.push((res.at ? r.lines(res.at)?.startLine : undefined) ?? r.startLine);
    }
  }
  return lines.sort((a, b) => a - b);
}

function markedLines(file: string): number[] {
  return readFileSync(file, 'utf8')
    .split('\n')
    .flatMap((l, i) => (l.includes('# <- finding') ? [i + 1] : []));
}

describe('terraform checks', () => {
  it('have unique ids and slugs', () => {
    expect(new Set(TERRAFORM_CHECKS.map((c) => c.id)).size).toBe(TERRAFORM_CHECKS.length);
    expect(new Set(TERRAFORM_CHECKS.map((c) => c.slug)).size).toBe(TERRAFORM_CHECKS.length);
  });
  for (const check of TERRAFORM_CHECKS) {
    describe(`${check.id} ${check.slug}`, () => {
      it('flags the marked lines of cases/fail.tf', () => {
        const file = path.join(here, check.slug, 'cases', 'fail.tf');
        const expected = markedLines(file);
        expect(expected.length).toBeGreaterThan(0);
        expect(findingLines(check, file)).toEqual(expected);
      });
      it('passes cases/pass.tf', () => {
        expect(findingLines(check, path.join(here, check.slug, 'cases', 'pass.tf'))).toEqual([]);
      });
    });
  }
});
