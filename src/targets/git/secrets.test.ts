import { afterEach, describe, expect, it } from 'vitest';
import { scanGitHistoryForSecrets } from './index.js';
import { makeRepo, type TestRepo } from './testing/repo.js';

// The real engine and built-in rules, end to end on a repository built here.
const KEY = 'AKIAZ3MQ7RVD4LNXWKPB';

let r: TestRepo | undefined;
afterEach(() => r?.cleanup());

function build(): { repo: TestRepo; added: string } {
  const repo = makeRepo();
  repo.commit({ 'README.md': '# service\n' }, 'init', { date: '2022-05-01T09:00:00+02:00' });
  const added = repo.commit(
    { 'deploy/aws.ini': `[default]\nregion = eu-west-1\naws_access_key_id = ${KEY}\n` },
    'deploy settings',
    { date: '2022-05-02T10:30:00+02:00', author: 'Linus Example', email: 'linus@example.net' },
  );
  repo.commit({ 'deploy/aws.ini': '[default]\nregion = eu-west-1\n' }, 'remove key', {
    date: '2022-05-03T08:00:00+02:00',
  });
  return { repo, added };
}

describe('scanGitHistoryForSecrets (real engine)', () => {
  it('finds a key that was committed and removed, redacted, with its commit', async () => {
    const { repo, added } = build();
    r = repo;
    const res = await scanGitHistoryForSecrets(repo.dir);
    const aws = res.findings.filter((f) => f.ruleId === 'aws-access-key-id');
    expect(aws).toHaveLength(1);
    const f = aws[0]!;
    expect(f.kind).toBe('secret');
    expect(f.kind === 'secret' && f.redacted).toBe('AKIA****');
    expect(f.location).toMatchObject({
      path: 'deploy/aws.ini',
      startLine: 3,
      endLine: 3,
      origin: {
        commit: added,
        author: 'Linus Example',
        email: 'linus@example.net',
        date: '2022-05-02T10:30:00+02:00',
      },
    });
    expect(JSON.stringify(res.findings)).not.toContain(KEY);
  });

  it('drops findings of allowlisted commits (global, by short id) and keeps them otherwise', async () => {
    const { repo, added } = build();
    r = repo;
    const global = await scanGitHistoryForSecrets(repo.dir, {
      secretConfig: { allowlists: [{ commits: [added.slice(0, 10)] }] },
    });
    expect(global.findings.filter((f) => f.ruleId === 'aws-access-key-id')).toEqual([]);
    const other = await scanGitHistoryForSecrets(repo.dir, {
      secretConfig: { allowlists: [{ commits: ['0123456789abcdef0123456789abcdef01234567'] }] },
    });
    expect(other.findings.filter((f) => f.ruleId === 'aws-access-key-id')).toHaveLength(1);
  });
});
