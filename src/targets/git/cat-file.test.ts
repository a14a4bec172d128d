import { afterEach, describe, expect, it } from 'vitest';
import { CatFile } from './cat-file.js';
import { makeRepo, type TestRepo } from './testing/repo.js';

let r: TestRepo | undefined;
afterEach(() => r?.cleanup());

describe('CatFile', () => {
  it('answers pipelined requests in order, with exact bytes, sizes and missing objects', async () => {
    r = makeRepo();
    // Large enough to arrive in many pipe chunks; every byte value, so nothing is decoded on the way.
    const big = Buffer.alloc(3 * 1024 * 1024 + 7);
    for (let i = 0; i < big.length; i++) big[i] = (i * 31 + 7) & 0xff;
    r.commit({ 'big.bin': big, 'small.txt': 'hello\n', 'empty.txt': '' }, 'objects');
    const oid = (p: string) => r!.git(['rev-parse', `HEAD:${p}`]);
    const ids = [oid('small.txt'), oid('big.bin'), 'f'.repeat(40), oid('empty.txt'), oid('small.txt')];

    const cat = new CatFile(r.dir, true);
    const check = new CatFile(r.dir, false);
    try {
      const answers = await Promise.all(ids.map((id) => cat.get(id)));
      expect(answers.map((a) => (a.missing ? 'missing' : a.size))).toEqual([6, big.length, 'missing', 0, 6]);
      const [small, bigAnswer] = answers;
      expect(!small!.missing && small!.content.toString()).toBe('hello\n');
      expect(!bigAnswer!.missing && Buffer.compare(bigAnswer!.content, big)).toBe(0);

      const infos = await Promise.all(ids.map((id) => check.info(id)));
      expect(infos.map((a) => (a.missing ? 'missing' : `${a.type}:${a.size}`))).toEqual([
        'blob:6',
        `blob:${big.length}`,
        'missing',
        'blob:0',
        'blob:6',
      ]);
      const tree = await check.info(r.git(['rev-parse', 'HEAD^{tree}']));
      expect(!tree.missing && tree.type).toBe('tree');
    } finally {
      cat.close();
      check.close();
    }
    await expect(cat.get(ids[0]!)).rejects.toMatchObject({ code: 'git-failed' });
  });
});
