import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { PalisadeError } from '../../core/errors.js';
import { fingerprint } from '../../core/fingerprint.js';
import type { Finding } from '../../core/model.js';
import { lineIndex } from '../../core/text.js';
import { scanGitHistory, type ScanText } from './index.js';
import { gitIn, makeRepo, makeTempDir, type TestRepo } from './testing/repo.js';

/** Stand-in for the secret engine: `tok_` + 16+ letters/digits is a "secret". Records every call. */
function standIn(): { scanText: ScanText; calls: { path: string; text: string }[] } {
  const calls: { path: string; text: string }[] = [];
  const scanText: ScanText = (text, p) => {
    calls.push({ path: p, text });
    const lineOf = lineIndex(text);
    const findings: Finding[] = [];
    for (const m of text.matchAll(/tok_[A-Za-z0-9]{16,}/g)) {
      const line = lineOf(m.index);
      findings.push({
        kind: 'secret',
        ruleId: 'test-token',
        title: 'Test token',
        severity: 'high',
        message: 'test token',
        location: { path: p, startLine: line, endLine: line },
        fingerprint: fingerprint('test-token', p, m[0]),
        redacted: `${m[0].slice(0, 4)}****`,
      });
    }
    return { findings };
  };
  return { scanText, calls };
}

const SECRET = 'tok_9fK2mQ7xLp4RzT8vWb3N';
const OTHER = 'tok_Hq5Zr2Lm8Xc4Vn7Bw1Ks';

let repos: TestRepo[] = [];
let temps: string[] = [];
afterEach(() => {
  for (const r of repos) r.cleanup();
  for (const t of temps) rmSync(t, { recursive: true, force: true });
  repos = [];
  temps = [];
});
function repo(opts?: Parameters<typeof makeRepo>[0]): TestRepo {
  const r = makeRepo(opts);
  repos.push(r);
  return r;
}

describe('scanGitHistory', () => {
  it('finds a secret added in one commit and removed in the next, with that commit, author and date', async () => {
    const r = repo();
    r.commit({ 'README.md': '# demo\n' }, 'init', { date: '2021-01-01T10:00:00+00:00' });
    const added = r.commit({ 'config/app.env': `DEBUG=1\nAPI_TOKEN=${SECRET}\n` }, 'add config', {
      date: '2021-02-03T04:05:06+01:00',
      author: 'Grace Hopper',
      email: 'grace@example.org',
    });
    r.commit({ 'config/app.env': 'DEBUG=1\nAPI_TOKEN=${API_TOKEN}\n' }, 'remove token', {
      date: '2021-02-04T00:00:00+00:00',
    });
    const s = standIn();
    const res = await scanGitHistory(r.dir, { scanText: s.scanText });
    expect(res.findings).toHaveLength(1);
    const f = res.findings[0]!;
    expect(f.location).toEqual({
      path: 'config/app.env',
      startLine: 2,
      endLine: 2,
      origin: {
        commit: added,
        author: 'Grace Hopper',
        email: 'grace@example.org',
        date: '2021-02-03T04:05:06+01:00',
      },
    });
    expect(f.fingerprint).toBe(fingerprint('test-token', 'config/app.env', SECRET));
    expect(res.stats).toMatchObject({
      commits: 3,
      blobsSeen: 3,
      blobsScanned: 3,
      findings: 1,
      blobsBinary: 0,
    });
    expect(res.shallow).toBe(false);
    expect(res.diagnostics).toEqual([]);
    // The working tree no longer holds the secret: only history has it.
    expect(s.calls.map((c) => c.path).sort()).toEqual(['README.md', 'config/app.env', 'config/app.env']);
  });

  it('scans a blob shared by two branches once and attributes it to the oldest commit', async () => {
    const r = repo();
    r.commit({ 'a.txt': 'base\n' }, 'base', { date: '2021-01-01T00:00:00+00:00' });
    r.git(['checkout', '-q', '-b', 'feature']);
    const first = r.commit({ 'keys.txt': `k=${SECRET}\n` }, 'feature adds key', {
      date: '2021-01-02T00:00:00+00:00',
    });
    r.git(['checkout', '-q', 'main']);
    // Same bytes committed independently on main, later: the same blob id.
    r.commit({ 'keys.txt': `k=${SECRET}\n` }, 'main adds key too', { date: '2021-01-03T00:00:00+00:00' });
    const s = standIn();
    const res = await scanGitHistory(r.dir, { scanText: s.scanText });
    expect(res.findings).toHaveLength(1);
    expect(res.findings[0]!.location.origin?.commit).toBe(first);
    expect(s.calls.filter((c) => c.path === 'keys.txt')).toHaveLength(1);
    expect(res.stats.commits).toBe(3);
  });

  it('reports a secret kept across edits once per fingerprint by default, once per blob on request', async () => {
    const r = repo();
    const first = r.commit({ 'app.py': `TOKEN = "${SECRET}"\n` }, 'one', {
      date: '2021-01-01T00:00:00+00:00',
    });
    r.commit({ 'app.py': `import os\n\nTOKEN = "${SECRET}"\n` }, 'two', {
      date: '2021-01-02T00:00:00+00:00',
    });
    const def = await scanGitHistory(r.dir, { scanText: standIn().scanText });
    expect(def.findings.map((f) => [f.location.origin?.commit, f.location.startLine])).toEqual([[first, 1]]);
    const all = await scanGitHistory(r.dir, { scanText: standIn().scanText, dedupe: 'blob' });
    expect(all.findings.map((f) => f.location.startLine)).toEqual([1, 3]);
  });

  it('limits the scan to a revision range', async () => {
    const r = repo();
    r.commit({ 'old.txt': `x=${SECRET}\n` }, 'old', { date: '2021-01-01T00:00:00+00:00' });
    r.commit({ 'mid.txt': 'nothing\n' }, 'mid', { date: '2021-01-02T00:00:00+00:00' });
    const last = r.commit({ 'new.txt': `y=${OTHER}\n` }, 'new', { date: '2021-01-03T00:00:00+00:00' });
    const res = await scanGitHistory(r.dir, { scanText: standIn().scanText, range: 'HEAD~1..HEAD' });
    expect(res.stats.commits).toBe(1);
    expect(res.findings.map((f) => [f.location.path, f.location.origin?.commit])).toEqual([
      ['new.txt', last],
    ]);

    r.git(['checkout', '-q', '-b', 'feature']);
    const feat = r.commit({ 'feat.txt': `z=${OTHER}x\n` }, 'feat', { date: '2021-01-04T00:00:00+00:00' });
    const range = await scanGitHistory(r.dir, { scanText: standIn().scanText, range: 'main..feature' });
    expect(range.stats.commits).toBe(1);
    expect(range.findings.map((f) => [f.location.path, f.location.origin?.commit])).toEqual([
      ['feat.txt', feat],
    ]);
  });

  it('scans every ref by default, including branches not checked out', async () => {
    const r = repo();
    r.commit({ 'a.txt': 'a\n' }, 'a');
    r.git(['checkout', '-q', '-b', 'topic']);
    const topic = r.commit({ 'b.txt': `b=${SECRET}\n` }, 'b');
    r.git(['checkout', '-q', 'main']);
    const res = await scanGitHistory(r.dir, { scanText: standIn().scanText });
    expect(res.findings.map((f) => f.location.origin?.commit)).toEqual([topic]);
  });

  it('skips binary blobs and blobs over the size cap', async () => {
    const r = repo();
    const bin = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0, ...Buffer.from(`key=${SECRET}`)]);
    r.commit({ 'logo.png': bin, 'big.txt': `${'a'.repeat(3000)}\n${OTHER}\n`, 'ok.txt': 'fine\n' }, 'files');
    const s = standIn();
    const res = await scanGitHistory(r.dir, { scanText: s.scanText, maxBlobSize: 2048 });
    expect(s.calls.map((c) => c.path)).toEqual(['ok.txt']);
    expect(res.findings).toEqual([]);
    expect(res.stats).toMatchObject({ blobsSeen: 3, blobsScanned: 1, blobsBinary: 1, blobsTooLarge: 1 });
    expect(res.diagnostics).toHaveLength(1);
    expect(res.diagnostics[0]).toMatchObject({ code: 'too-large', path: 'big.txt', level: 'info' });
  });

  it('finds content that only a merge introduced (a conflict resolution)', async () => {
    const r = repo();
    r.commit({ 'c.txt': 'base\n' }, 'base', { date: '2021-01-01T00:00:00+00:00' });
    r.git(['checkout', '-q', '-b', 'side']);
    r.commit({ 'c.txt': 'side\n' }, 'side', { date: '2021-01-02T00:00:00+00:00' });
    r.git(['checkout', '-q', 'main']);
    r.commit({ 'c.txt': 'main\n' }, 'main', { date: '2021-01-03T00:00:00+00:00' });
    try {
      r.git(['merge', '-q', 'side'], { date: '2021-01-04T00:00:00+00:00' });
    } catch {
      // expected conflict
    }
    writeFileSync(path.join(r.dir, 'c.txt'), `resolved ${SECRET}\n`);
    r.git(['add', 'c.txt']);
    r.git(['commit', '-q', '--no-edit'], { date: '2021-01-04T00:00:00+00:00' });
    const merge = r.git(['rev-parse', 'HEAD']);
    const s = standIn();
    const res = await scanGitHistory(r.dir, { scanText: s.scanText });
    expect(res.findings.map((f) => [f.location.path, f.location.origin?.commit])).toEqual([['c.txt', merge]]);
    // base, side, main, resolution: each scanned once.
    expect(s.calls.map((c) => c.text)).toHaveLength(4);
  });

  it('keeps unusual and non-UTF-8 paths intact (-z)', async () => {
    const r = repo();
    r.commit(
      { 'dir with space/"quoted"\tname.env': `a=${SECRET}\n`, 'café/ü.txt': `b=${OTHER}\n` },
      'odd names',
    );
    // A file name that is not valid UTF-8 (Latin-1 "é" = 0xE9).
    const raw = Buffer.concat([
      Buffer.from(path.join(r.dir, 'caf')),
      Buffer.from([0xe9]),
      Buffer.from('.txt'),
    ]);
    writeFileSync(raw, `c=${SECRET}Z\n`);
    r.git(['add', '-A']);
    r.git(['commit', '-q', '-m', 'latin1']);
    const res = await scanGitHistory(r.dir, { scanText: standIn().scanText });
    expect(res.findings.map((f) => f.location.path).sort()).toEqual(
      ['caf\uFFFD.txt', 'café/ü.txt', 'dir with space/"quoted"\tname.env'].sort(),
    );
  });

  it('attributes everything at the boundary of a shallow clone to the boundary commit', async () => {
    const r = repo();
    r.commit({ 'old.txt': `x=${SECRET}\n` }, 'old', { date: '2021-01-01T00:00:00+00:00' });
    const head = r.commit({ 'new.txt': 'y\n' }, 'new', { date: '2021-01-02T00:00:00+00:00' });
    const tmp = makeTempDir();
    temps.push(tmp);
    gitIn(tmp, ['clone', '-q', '--depth', '1', `file://${r.dir}`, 'shallow']);
    const res = await scanGitHistory(path.join(tmp, 'shallow'), { scanText: standIn().scanText });
    expect(res.shallow).toBe(true);
    expect(res.stats.commits).toBe(1);
    expect(res.findings.map((f) => [f.location.path, f.location.origin?.commit])).toEqual([
      ['old.txt', head],
    ]);
    expect(res.diagnostics.map((d) => d.code)).toEqual(['shallow-clone']);
  });

  it('scans a bare repository', async () => {
    const r = repo();
    const c = r.commit({ 'k.txt': `k=${SECRET}\n` }, 'k');
    const tmp = makeTempDir();
    temps.push(tmp);
    gitIn(tmp, ['clone', '-q', '--bare', r.dir, 'bare.git']);
    const res = await scanGitHistory(path.join(tmp, 'bare.git'), { scanText: standIn().scanText });
    expect(res.findings.map((f) => f.location.origin?.commit)).toEqual([c]);
  });

  it('works in a SHA-256 repository', async () => {
    const r = repo({ objectFormat: 'sha256' });
    const c = r.commit({ 'k.txt': `k=${SECRET}\n` }, 'k');
    expect(c).toMatch(/^[0-9a-f]{64}$/);
    const res = await scanGitHistory(r.dir, { scanText: standIn().scanText });
    expect(res.findings.map((f) => f.location.origin?.commit)).toEqual([c]);
  });

  it('reports blobs missing from a damaged repository once and scans the rest', async () => {
    const r = repo();
    r.commit({ 'gone.txt': `g=${SECRET}\n`, 'kept.txt': `k=${OTHER}\n` }, 'two files');
    const gone = r.git(['rev-parse', 'HEAD:gone.txt']);
    rmSync(path.join(r.dir, '.git', 'objects', gone.slice(0, 2), gone.slice(2)));
    const res = await scanGitHistory(r.dir, { scanText: standIn().scanText });
    expect(res.findings.map((f) => f.location.path)).toEqual(['kept.txt']);
    expect(res.stats.blobsMissing).toBe(1);
    expect(res.diagnostics).toHaveLength(1);
    expect(res.diagnostics[0]).toMatchObject({ code: 'missing-blob', level: 'warning', path: 'gone.txt' });
  });

  it('returns nothing for an empty repository', async () => {
    const r = repo();
    const s = standIn();
    const res = await scanGitHistory(r.dir, { scanText: s.scanText });
    expect(res.findings).toEqual([]);
    expect(res.stats.commits).toBe(0);
    expect(s.calls).toEqual([]);
  });

  it('rejects a folder that is not a repository, a missing folder, a subfolder and an unknown range', async () => {
    const tmp = makeTempDir();
    temps.push(tmp);
    const s = standIn();
    const err = (p: Promise<unknown>) =>
      p.then(
        () => undefined,
        (e: unknown) => e,
      );
    const notRepo = await err(scanGitHistory(tmp, { scanText: s.scanText }));
    expect(notRepo).toBeInstanceOf(PalisadeError);
    expect(notRepo).toMatchObject({ code: 'bad-target' });
    expect((notRepo as Error).message).toContain('is not the root of a git repository');
    expect(await err(scanGitHistory(path.join(tmp, 'nope'), { scanText: s.scanText }))).toMatchObject({
      code: 'bad-target',
    });

    const r = repo();
    r.commit({ 'sub/a.txt': 'a\n' }, 'a');
    mkdirSync(path.join(r.dir, 'sub'), { recursive: true });
    expect(await err(scanGitHistory(path.join(r.dir, 'sub'), { scanText: s.scanText }))).toMatchObject({
      code: 'bad-target',
    });
    const bad = await err(scanGitHistory(r.dir, { scanText: s.scanText, range: 'no-such-branch..main' }));
    expect(bad).toMatchObject({ code: 'usage' });
    expect(
      await err(scanGitHistory(r.dir, { scanText: s.scanText, range: '--output=/tmp/x' })),
    ).toMatchObject({
      code: 'usage',
    });
    expect(s.calls).toEqual([]);
  });

  it('passes an error of the scan function through and leaves no git process behind', async () => {
    const r = repo();
    for (let i = 0; i < 5; i++) r.commit({ [`f${i}.txt`]: `v${i}\n` }, `c${i}`);
    const boom: ScanText = () => {
      throw new Error('engine bug');
    };
    await expect(scanGitHistory(r.dir, { scanText: boom })).rejects.toThrow('engine bug');
    // A second scan of the same repository still works (nothing left locked or waiting).
    const res = await scanGitHistory(r.dir, { scanText: standIn().scanText });
    expect(res.stats.blobsScanned).toBe(5);
  });

  it('reports progress', async () => {
    const r = repo();
    r.commit({ 'a.txt': `a=${SECRET}\n` }, 'a');
    const seen: number[] = [];
    await scanGitHistory(r.dir, { scanText: standIn().scanText, onProgress: (p) => seen.push(p.commits) });
    expect(seen.at(-1)).toBe(1);
  });
});
