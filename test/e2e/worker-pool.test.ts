/**
 * The worker pool batches jobs and results (src/pipeline/worker-pool.ts). Whatever the batching, a
 * scan on worker threads must report exactly what the same scan reports in one thread. The compiled
 * build is used because workers load dist/pipeline/worker.js (vitest's global setup builds it).
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { scan as scanFn } from '../../src/scan.js';

const tmp = mkdtempSync(path.join(os.tmpdir(), 'palisade-pool-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

// Fake credentials made for this test, in formats the built-in rules know.
const KEYS = ['AKIA2OGYBAH6RN3XQFVN', 'ghp_R8wq3ZkT0pLm5VxN2bYc7HdJ4sFgA9eU1iKo'];

function buildTree(root: string, files: number): void {
  for (let i = 0; i < files; i++) {
    const dir = path.join(root, `svc-${i % 7}`, `m${i % 13}`);
    mkdirSync(dir, { recursive: true });
    const lines = Array.from({ length: 40 + (i % 50) }, (_, n) => `const value${n} = compute(${n}, "${i}");`);
    if (i % 17 === 0) lines.splice(i % 30, 0, `const awsKey = "${KEYS[0]}";`);
    if (i % 29 === 0) lines.push(`GITHUB_TOKEN=${KEYS[1]}`);
    writeFileSync(path.join(dir, `file-${i}.ts`), lines.join('\n') + '\n');
    if (i % 50 === 0)
      writeFileSync(
        path.join(dir, 'Dockerfile'),
        'FROM node:latest\nUSER root\nRUN curl -s https://x.example/i.sh | sh\n',
      );
    if (i % 100 === 0) {
      writeFileSync(
        path.join(dir, 'package-lock.json'),
        JSON.stringify({
          name: `app${i}`,
          lockfileVersion: 3,
          packages: {
            '': { name: `app${i}`, dependencies: { lodash: '4.17.20' } },
            'node_modules/lodash': { version: '4.17.20' },
          },
        }),
      );
    }
  }
}

describe('worker pool', () => {
  it('reports the same packages, findings and diagnostics on worker threads as in one thread', async () => {
    const root = path.join(tmp, 'tree');
    buildTree(root, 700);
    writeFileSync(path.join(root, 'broken.yaml'), 'a: [unclosed\n');
    mkdirSync(path.join(root, 'k8s'));
    writeFileSync(
      path.join(root, 'k8s', 'pod.yaml'),
      'apiVersion: v1\nkind: Pod\nmetadata: {name: p}\nspec:\n  containers:\n    - name: c\n      image: nginx\n',
    );
    const { scan } = (await import(path.resolve('dist/scan.js'))) as { scan: typeof scanFn };
    const options = {
      target: root,
      scanners: ['secret', 'misconfig'],
      now: () => new Date('2026-01-01T00:00:00Z'),
    };
    const threaded = await scan({ ...options, workers: 2 });
    const single = await scan({ ...options, workers: 0 });
    expect(threaded.stats.filesAnalyzed).toBe(single.stats.filesAnalyzed);
    expect(threaded.stats.filesAnalyzed).toBeGreaterThan(700);
    expect(threaded.packages).toEqual(single.packages);
    expect(threaded.findings).toEqual(single.findings);
    expect(threaded.diagnostics).toEqual(single.diagnostics);
    // The planted keys: 42 files with the AWS key (i % 17 === 0 for i < 700) and 25 with the token.
    const secrets = threaded.findings.filter((f) => f.kind === 'secret');
    expect(secrets.filter((f) => f.ruleId === 'aws-access-key-id')).toHaveLength(42);
    expect(secrets.filter((f) => f.ruleId === 'github-pat')).toHaveLength(25);
    // One lodash per lockfile (i % 100 === 0: seven of them), each at its own path.
    expect(threaded.packages.map((p) => `${p.name}@${p.version}`)).toEqual(Array(7).fill('lodash@4.17.20'));
    expect(new Set(threaded.packages.map((p) => p.locations[0]!.path)).size).toBe(7);
    expect(threaded.findings.some((f) => f.kind === 'misconfig' && f.location.path === 'k8s/pod.yaml')).toBe(
      true,
    );
  });
});
