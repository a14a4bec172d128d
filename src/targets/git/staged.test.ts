import { execFileSync } from 'node:child_process';
import { mkdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { PalisadeError } from '../../core/errors.js';
import { parseRawDiff, scanStagedForSecrets, type StagedSecretScanOptions } from './staged.js';
import { makeRepo, makeTempDir, type TestRepo } from './testing/repo.js';

// The real engine and built-in rules on repositories built with git here.
const KEY = 'AKIAZ3MQ7RVD4LNXWKPB';
const OTHER_KEY = 'AKIA2OGYBAH6RN3XQFVN';
const INI = (key: string) => `[default]\nregion = eu-west-1\naws_access_key_id = ${key}\n`;

let repo: TestRepo | undefined;
const cleanups: (() => void)[] = [];
afterEach(() => {
  repo?.cleanup();
  repo = undefined;
  for (const c of cleanups.splice(0)) c();
});

function newRepo(): TestRepo {
  repo = makeRepo();
  return repo;
}

function write(r: TestRepo, rel: string, content: string | Uint8Array): void {
  const abs = path.join(r.dir, rel);
  mkdirSync(path.dirname(abs), { recursive: true });
  writeFileSync(abs, content);
}

/** Scan with an empty caller environment, so a GIT_INDEX_FILE of whoever runs the tests cannot leak in. */
async function scan(dir: string, options: StagedSecretScanOptions = {}) {
  return scanStagedForSecrets(dir, { env: {}, cwd: dir, ...options });
}

function keyFindings(res: Awaited<ReturnType<typeof scan>>) {
  return res.findings
    .filter((f) => f.ruleId === 'aws-access-key-id')
    .map((f) => ({ path: f.location.path, line: f.location.startLine }));
}

describe('scanStagedForSecrets', () => {
  it('finds a staged secret with its path and line, before the first commit', async () => {
    const r = newRepo();
    write(r, 'deploy/aws.ini', INI(KEY));
    r.git(['add', 'deploy/aws.ini']);
    const res = await scan(r.dir);
    expect(keyFindings(res)).toEqual([{ path: 'deploy/aws.ini', line: 3 }]);
    const f = res.findings[0]!;
    expect(f.kind === 'secret' && f.redacted).toBe('AKIA****');
    expect(f.location.origin).toBeUndefined();
    expect(JSON.stringify(res.findings)).not.toContain(KEY);
    expect(res.stats).toMatchObject({ filesStaged: 1, filesScanned: 1 });
  });

  it('reads the index, not the working tree: an unstaged secret is not reported', async () => {
    const r = newRepo();
    r.commit({ 'deploy/aws.ini': '[default]\nregion = eu-west-1\n' }, 'init');
    write(r, 'deploy/aws.ini', INI(KEY));
    write(r, 'untracked.ini', INI(OTHER_KEY));
    expect((await scan(r.dir)).findings).toEqual([]);
  });

  it('reports the staged content even after the working-tree copy was cleaned', async () => {
    const r = newRepo();
    r.commit({ 'README.md': '# app\n' }, 'init');
    write(r, 'app.env', `# settings\n\nAWS_ACCESS_KEY_ID=${KEY}\n`);
    r.git(['add', 'app.env']);
    write(r, 'app.env', '# settings\n');
    expect(keyFindings(await scan(r.dir))).toEqual([{ path: 'app.env', line: 3 }]);
  });

  it('does not report a secret that was staged and then taken out of the index', async () => {
    const r = newRepo();
    r.commit({ 'README.md': '# app\n' }, 'init');
    write(r, 'a.ini', INI(KEY));
    write(r, 'b.ini', INI(OTHER_KEY));
    r.git(['add', 'a.ini', 'b.ini']);
    r.git(['reset', '-q', '--', 'a.ini']);
    r.git(['rm', '-q', '--cached', 'b.ini']);
    const res = await scan(r.dir);
    expect(res.findings).toEqual([]);
    expect(res.stats.filesStaged).toBe(0);
  });

  it('reports a renamed file under its new path (the whole content is committed there)', async () => {
    const r = newRepo();
    r.commit({ 'old/aws.ini': INI(KEY), 'notes.md': 'hello\n' }, 'init');
    mkdirSync(path.join(r.dir, 'new'));
    r.git(['mv', 'old/aws.ini', 'new/aws.ini']);
    const res = await scan(r.dir);
    expect(keyFindings(res)).toEqual([{ path: 'new/aws.ini', line: 3 }]);
  });

  it('keeps file names with spaces and non-ASCII characters exactly', async () => {
    const r = newRepo();
    r.commit({ 'README.md': '# app\n' }, 'init');
    const name = 'conf dir/ключи и пароли ✓.ini';
    write(r, name, INI(KEY));
    r.git(['add', '--', name]);
    expect(keyFindings(await scan(r.dir))).toEqual([{ path: name, line: 3 }]);
  });

  it('ignores staged deletions', async () => {
    const r = newRepo();
    r.commit({ 'deploy/aws.ini': INI(KEY), 'README.md': '# app\n' }, 'init');
    r.git(['rm', '-q', 'deploy/aws.ini']);
    const res = await scan(r.dir);
    expect(res.findings).toEqual([]);
    expect(res.stats.filesStaged).toBe(0);
  });

  it('skips binary files, files over the size cap (with a warning), never-text extensions and symlinks', async () => {
    const r = newRepo();
    write(r, 'blob.dat.txt', Buffer.concat([Buffer.from(INI(KEY)), Buffer.from([0, 1, 2])]));
    write(r, 'big.ini', INI(KEY) + '#'.repeat(200));
    write(r, 'picture.png', INI(KEY));
    write(r, 'small.ini', INI(OTHER_KEY));
    symlinkSync('small.ini', path.join(r.dir, 'link.ini'));
    r.git(['add', '-A']);
    const res = await scan(r.dir, { maxFileSize: 100 });
    expect(keyFindings(res)).toEqual([{ path: 'small.ini', line: 3 }]);
    expect(res.diagnostics).toEqual([
      {
        level: 'warning',
        code: 'too-large',
        path: 'big.ini',
        message: 'file is larger than the 100-byte cap, skipped',
      },
    ]);
    expect(res.stats).toMatchObject({
      filesStaged: 5,
      filesScanned: 1,
      filesBinary: 1,
      filesTooLarge: 1,
      filesSkipped: 2,
    });
  });

  it('applies --skip-dirs and --skip-files globs like the filesystem walk', async () => {
    const r = newRepo();
    write(r, 'vendor/lib/a.ini', INI(KEY));
    write(r, 'test/fixtures/b.ini', INI(KEY));
    write(r, 'src/c.ini', INI(KEY));
    write(r, 'src/d.ini', INI(OTHER_KEY));
    r.git(['add', '-A']);
    const res = await scan(r.dir, { skipDirs: ['vendor', 'test/fixtures'], skipFiles: ['c.ini'] });
    expect(keyFindings(res)).toEqual([{ path: 'src/d.ini', line: 3 }]);
  });

  it('limits a scan of a subfolder to the files under it, with paths relative to it', async () => {
    const r = newRepo();
    write(r, 'services/api/aws.ini', INI(KEY));
    write(r, 'other/aws.ini', INI(OTHER_KEY));
    r.git(['add', '-A']);
    const res = await scan(path.join(r.dir, 'services'));
    expect(keyFindings(res)).toEqual([{ path: 'api/aws.ini', line: 3 }]);
  });

  it('reads the index that GIT_INDEX_FILE names, as git sets it for `git commit -a` hooks', async () => {
    const r = newRepo();
    r.commit({ 'aws.ini': '[default]\n' }, 'init');
    write(r, 'aws.ini', INI(KEY));
    // A temporary index holding the working-tree content, like the one `git commit -a` prepares.
    const env: NodeJS.ProcessEnv = {
      ...process.env,
      GIT_CONFIG_NOSYSTEM: '1',
      GIT_CONFIG_GLOBAL: '/dev/null',
    };
    env.GIT_INDEX_FILE = path.join(r.dir, '.git', 'palisade-test-index');
    execFileSync('git', ['read-tree', 'HEAD'], { cwd: r.dir, env });
    execFileSync('git', ['add', 'aws.ini'], { cwd: r.dir, env });
    expect((await scan(r.dir)).findings).toEqual([]);
    // Relative to the caller's working directory, as git passes it.
    const res = await scan(r.dir, { env: { GIT_INDEX_FILE: '.git/palisade-test-index' }, cwd: r.dir });
    expect(keyFindings(res)).toEqual([{ path: 'aws.ini', line: 3 }]);
  });

  it('refuses a folder outside any work tree, a bare repository and a missing folder', async () => {
    const outside = makeTempDir('palisade-staged-');
    cleanups.push(() => rmSync(outside, { recursive: true, force: true }));
    await expect(scan(outside)).rejects.toThrow(
      /--staged needs a git work tree, and .* is not inside one \(git: not a git repository/,
    );
    await expect(scan(outside)).rejects.toBeInstanceOf(PalisadeError);

    const bare = makeRepo({ bare: true });
    cleanups.push(() => bare.cleanup());
    await expect(scan(bare.dir)).rejects.toThrow(/a bare repository or a \.git folder has no staged files/);

    await expect(scan(path.join(outside, 'missing'))).rejects.toThrow(/is not a directory/);
  });
});

describe('parseRawDiff', () => {
  it('reads modes, the new blob id and NUL-terminated paths', () => {
    const oid = 'a'.repeat(40);
    const out = Buffer.from(
      `:000000 100644 ${'0'.repeat(40)} ${oid} A\0new file\0:100644 100755 ${'b'.repeat(40)} ${oid} M\0x/y\0`,
    );
    expect(parseRawDiff(out)).toEqual([
      { path: 'new file', mode: '100644', oid },
      { path: 'x/y', mode: '100755', oid },
    ]);
    expect(parseRawDiff(Buffer.alloc(0))).toEqual([]);
  });

  it('rejects output it does not understand', () => {
    expect(() => parseRawDiff(Buffer.from('garbage\0x\0'))).toThrow(/unexpected git diff --raw line/);
  });
});
