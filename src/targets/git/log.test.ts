import { describe, expect, it } from 'vitest';
import { PalisadeError } from '../../core/errors.js';
import { checkRange, LogParser, logArgs, type CommitInfo } from './log.js';

const Z40 = '0'.repeat(40);
const A = 'a'.repeat(40);
const B = 'b'.repeat(40);
const C = 'c'.repeat(40);
const H1 = '1'.repeat(40);
const H2 = '2'.repeat(40);
const H3 = '3'.repeat(40);

/**
 * The bytes `git log --reverse --root -c --raw --no-renames --no-abbrev -z
 * --format=%x01%H%x00%an%x00%ae%x00%aI` writes (shape checked against git 2.39): a root commit
 * adding two files (one with a non-UTF-8 name), a merge with one combined entry, and a commit with
 * no changes whose author has an empty email.
 */
function sample(): Buffer {
  return Buffer.concat([
    Buffer.from(`\x01${H1}\0Ada Lovelace\0ada@example.com\x002021-01-01T00:00:00+00:00\0`),
    Buffer.from(`\n:000000 100644 ${Z40} ${A} A\0src/app.env\0`),
    Buffer.from(`:000000 100755 ${Z40} ${B} A\0bin/caf`),
    Buffer.from([0xe9]),
    Buffer.from(`\0`),
    Buffer.from(`\x01${H2}\0Grace\0g@example.org\x002021-01-02T00:00:00+01:00\0`),
    Buffer.from(`\n::100644 100644 100644 ${A} ${B} ${C} MM\0src/app.env\0`),
    Buffer.from(`\x01${H3}\0Nobody\0\x002021-01-03T00:00:00+00:00\0\0`),
  ]);
}

const expected: CommitInfo[] = [
  {
    sha: H1,
    author: 'Ada Lovelace',
    email: 'ada@example.com',
    date: '2021-01-01T00:00:00+00:00',
    entries: [
      { path: 'src/app.env', mode: '100644', oid: A, status: 'A' },
      { path: 'bin/caf\uFFFD', mode: '100755', oid: B, status: 'A' },
    ],
  },
  {
    sha: H2,
    author: 'Grace',
    email: 'g@example.org',
    date: '2021-01-02T00:00:00+01:00',
    entries: [{ path: 'src/app.env', mode: '100644', oid: C, status: 'MM' }],
  },
  { sha: H3, author: 'Nobody', email: '', date: '2021-01-03T00:00:00+00:00', entries: [] },
];

describe('LogParser', () => {
  it('parses commits, plain and combined raw entries, and raw byte paths', () => {
    const p = new LogParser();
    const got = [...p.push(sample()), ...p.end()];
    expect(got).toEqual(expected);
  });

  it('gives the same result however the stream is split into chunks', () => {
    const bytes = sample();
    for (let cut = 1; cut < bytes.length; cut++) {
      const p = new LogParser();
      const got = [...p.push(bytes.subarray(0, cut)), ...p.push(bytes.subarray(cut)), ...p.end()];
      expect(got, `split at ${cut}`).toEqual(expected);
    }
    const p = new LogParser();
    const got: CommitInfo[] = [];
    for (let i = 0; i < bytes.length; i++) got.push(...p.push(bytes.subarray(i, i + 1)));
    got.push(...p.end());
    expect(got).toEqual(expected);
  });

  it('returns nothing for an empty stream', () => {
    const p = new LogParser();
    expect([...p.push(Buffer.alloc(0)), ...p.end()]).toEqual([]);
  });
});

describe('log arguments', () => {
  it('uses --all without a range and guards the range against option injection', () => {
    expect(logArgs(undefined)).toContain('--all');
    const withRange = logArgs('main..feature');
    expect(withRange).not.toContain('--all');
    expect(withRange.slice(-3)).toEqual(['--end-of-options', 'main..feature', '--']);
    expect(() => checkRange('--output=/etc/passwd')).toThrow(PalisadeError);
    expect(() => checkRange('')).toThrow(PalisadeError);
    expect(() => checkRange('HEAD~20..HEAD')).not.toThrow();
  });
});
