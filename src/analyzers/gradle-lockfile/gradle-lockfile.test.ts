import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { describeAnalyzerCases } from '../../../test/harness/analyzer-cases.js';
import { gradleLockfile } from './index.js';
import { parseGradleLockfile } from './parse.js';

describeAnalyzerCases(gradleLockfile, path.join(path.dirname(fileURLToPath(import.meta.url)), 'cases'));

describe('parseGradleLockfile', () => {
  it('ignores lines that are not group:artifact:version', () => {
    expect(parseGradleLockfile('junk\na:b=compileClasspath\n:b:1=x\n', 'gradle.lockfile', 't')).toEqual([]);
  });
  it('leaves dev unknown when no configuration is recorded', () => {
    const [p] = parseGradleLockfile('g:a:1.0\n', 'gradle.lockfile', 't');
    expect(p!.dev).toBeUndefined();
    expect(p!.purl).toBe('pkg:maven/g/a@1.0');
  });
});
