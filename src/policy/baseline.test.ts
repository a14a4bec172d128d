import { existsSync, mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { sampleReport } from '../../test/fixtures/sample-report.js';
import { jsonWriter } from '../report/json/writer.js';
import { sarifWriter } from '../report/sarif/writer.js';
import { scan } from '../scan.js';
import { makeRepo, type TestRepo } from '../targets/git/testing/repo.js';
import { applyBaseline, baselineFromGit, parseBaseline } from './baseline.js';

const report = sampleReport();
const fingerprints = report.findings.map((f) => f.fingerprint).sort();

describe('parseBaseline', () => {
  it('reads the fingerprints of a Palisade JSON report and of a Palisade SARIF log', () => {
    expect([...parseBaseline(jsonWriter.write(report), 'old.json').fingerprints].sort()).toEqual(
      fingerprints,
    );
    expect([...parseBaseline(sarifWriter.write(report), 'old.sarif').fingerprints].sort()).toEqual(
      fingerprints,
    );
  });

  it('accepts an empty report or SARIF log as an empty baseline', () => {
    expect(parseBaseline(jsonWriter.write({ ...report, findings: [] }), 'old.json').fingerprints.size).toBe(
      0,
    );
    expect(
      parseBaseline(JSON.stringify({ version: '2.1.0', runs: [{ tool: {}, results: [] }] }), 'old.sarif')
        .fingerprints.size,
    ).toBe(0);
  });

  it.each([
    ['{', /^baseline old\.json: invalid JSON/],
    ['{"findings": []}', /expected a Palisade JSON report/],
    ['{"tool": {"name": "palisade"}, "findings": [{"ruleId": "x"}]}', /findings\[0\] has no fingerprint/],
    [
      '{"runs": [{"results": [{"ruleId": "x", "partialFingerprints": {"other/v1": "abc"}}]}]}',
      /no partialFingerprints\["palisade\/v1"\]/,
    ],
    ['"text"', /expected a Palisade JSON report or a SARIF file/],
  ])('rejects %j naming the file', (text, message) => {
    expect(() => parseBaseline(text, 'old.json')).toThrow(message);
  });
});

describe('applyBaseline', () => {
  it('drops the findings the baseline has and says how many', () => {
    const old = parseBaseline(
      jsonWriter.write({ ...report, findings: report.findings.slice(0, 3) }),
      'previous.json',
    );
    const out = applyBaseline(report.findings, old);
    expect(out.findings.map((f) => f.ruleId)).toEqual(['license-forbidden']);
    expect(out.dropped).toBe(3);
    expect(out.diagnostics).toEqual([
      {
        level: 'info',
        code: 'baseline',
        message: 'baseline: 3 findings already in previous.json (not reported), 1 new',
      },
    ]);
  });
});

describe('baselineFromGit', () => {
  let repo: TestRepo | undefined;
  afterEach(() => repo?.cleanup());
  const KEY_1 = 'AKIA2OGYBAH6RN3XQFVN';
  const KEY_2 = 'AKIAQYLPMN5HHHFPZAM2';
  const scanTree = (dir: string) => scan({ target: dir, scanners: ['secret', 'misconfig'], workers: 0 });
  const leftovers = () => readdirSync(tmpdir()).filter((n) => n.startsWith('palisade-baseline-'));

  it('scans the target folder as it was at REF, in a temporary worktree that is removed afterwards', async () => {
    repo = makeRepo();
    repo.commit(
      {
        'svc/deploy.sh': `export AWS_ACCESS_KEY_ID=${KEY_1}\n`,
        'svc/Dockerfile': 'FROM alpine:3.19\n',
        'other/x.sh': `K=${KEY_2}\n`,
      },
      'one',
    );
    repo.commit({ 'svc/new.sh': `export AWS_ACCESS_KEY_ID=${KEY_2}\n` }, 'two');
    const before = leftovers();
    const target = path.join(repo.dir, 'svc');
    const now = await scanTree(target);
    const base = await baselineFromGit({ targetDir: target, ref: 'HEAD~1', scanTree });
    // Same folder, same relative paths: the old findings are exactly the current ones minus new.sh.
    const old = now.findings.filter((f) => f.location.path !== 'new.sh').map((f) => f.fingerprint);
    expect(old.length).toBeGreaterThan(1);
    expect([...base.fingerprints].sort()).toEqual([...new Set(old)].sort());
    expect(applyBaseline(now.findings, base).findings.map((f) => [f.ruleId, f.location.path])).toEqual([
      ['aws-access-key-id', 'new.sh'],
    ]);
    expect(base.source).toBe('git HEAD~1');
    expect(leftovers()).toEqual(before);
    expect(repo.git(['worktree', 'list']).split('\n')).toHaveLength(1);
  });

  it('gives an empty baseline when the folder did not exist at REF', async () => {
    repo = makeRepo();
    repo.commit({ 'README.md': '# app\n' }, 'one');
    repo.commit({ 'svc/new.sh': `export AWS_ACCESS_KEY_ID=${KEY_2}\n` }, 'two');
    const base = await baselineFromGit({ targetDir: path.join(repo.dir, 'svc'), ref: 'HEAD~1', scanTree });
    expect(base.fingerprints.size).toBe(0);
    expect(base.diagnostics[0]!.message).toBe('baseline: svc/ did not exist at HEAD~1; every finding is new');
  });

  it('removes the worktree even when the scan fails', async () => {
    repo = makeRepo();
    repo.commit({ 'a.txt': 'a\n' }, 'one');
    const before = leftovers();
    await expect(
      baselineFromGit({
        targetDir: repo.dir,
        ref: 'HEAD',
        scanTree: () => Promise.reject(new Error('scanner exploded')),
      }),
    ).rejects.toThrow('scanner exploded');
    expect(leftovers()).toEqual(before);
    expect(repo.git(['worktree', 'list']).split('\n')).toHaveLength(1);
  });

  it('rejects an unknown revision with git message, and a folder outside any repository', async () => {
    repo = makeRepo();
    repo.commit({ 'a.txt': 'a\n' }, 'one');
    await expect(baselineFromGit({ targetDir: repo.dir, ref: 'no-such-branch', scanTree })).rejects.toThrow(
      /--baseline-git: 'no-such-branch' is not a commit of .*\(git: bad revision 'no-such-branch'\)/,
    );
    await expect(baselineFromGit({ targetDir: repo.dir, ref: '--output=x', scanTree })).rejects.toThrow(
      /is not a git revision/,
    );
    const outside = path.join(path.dirname(repo.dir), 'plain');
    mkdirSync(outside);
    writeFileSync(path.join(outside, 'a.txt'), 'a\n');
    await expect(baselineFromGit({ targetDir: outside, ref: 'HEAD', scanTree })).rejects.toMatchObject({
      code: 'usage',
      message: expect.stringMatching(
        /needs a target inside a git work tree; .*plain is not in one \(git: not a git repository/,
      ),
    });
    expect(existsSync(path.join(repo.dir, '.git', 'worktrees'))).toBe(false);
  });
});
