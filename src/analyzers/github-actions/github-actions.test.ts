import { describe, expect, it } from 'vitest';
import { githubActions } from './index.js';
import { parseWorkflow } from './parse.js';

const text = `name: CI
on:
  pull_request:
permissions:
  contents: read
jobs:
  test:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
      - name: Test
        run: npm test
  release:
    uses: ./.github/workflows/release.yml
`;

describe('parseWorkflow', () => {
  const rs = parseWorkflow(text, '.github/workflows/ci.yml');
  it('makes the workflow, each job and each step a resource with lines', () => {
    expect(rs.map((r) => [r.type, r.name, r.startLine, r.endLine])).toEqual([
      ['workflow', 'workflow', 1, 14],
      ['job', 'jobs.test', 7, 12],
      ['step', 'jobs.test.steps[0] (actions/checkout@v4)', 10, 10],
      ['step', 'jobs.test.steps[1] (Test)', 11, 12],
      ['job', 'jobs.release', 13, 14],
    ]);
  });
  it('keeps `on` as a key (YAML 1.2) and resolves lines inside a step', () => {
    expect(Object.keys(rs[0]!.value as object)).toContain('on');
    expect(rs[3]!.lines(['run'])).toEqual({ startLine: 12, endLine: 12 });
    expect(rs[3]!.siblings).toBe(rs);
  });
  it('yields nothing for a non-mapping document', () => {
    expect(parseWorkflow('- a\n- b\n', 'x.yml')).toEqual([]);
  });
});

describe('github-actions claims', () => {
  const claims = (p: string) => githubActions.claims.patterns!.some((r) => r.test(p));
  it.each(['.github/workflows/ci.yml', 'svc/.github/workflows/release.yaml'])('claims %s', (p) => expect(claims(p)).toBe(true));
  it.each(['.github/dependabot.yml', '.github/workflows/sub/x.yml', 'workflows/ci.yml', 'action.yml'])('leaves %s', (p) => expect(claims(p)).toBe(false));
});
