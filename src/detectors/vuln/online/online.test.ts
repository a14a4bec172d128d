import http from 'node:http';
import { afterEach, describe, expect, it } from 'vitest';
import { PalisadeError } from '../../../core/errors.js';
import { listen, recordingProxy, type TestServer } from '../db/testing/servers.js';
import type { OsvRecord } from '../types.js';
import { queryOsvBatch } from './index.js';

const closers: (() => Promise<void>)[] = [];
afterEach(async () => {
  for (const c of closers.splice(0)) await c();
});

const rec = (id: string, eco: string, name: string, extra: Partial<OsvRecord> = {}): OsvRecord => ({
  id,
  modified: '2024-01-01T00:00:00Z',
  affected: [{ package: { ecosystem: eco, name } }],
  ...extra,
});

/**
 * A loopback osv.dev API: querybatch answers from `vulnsFor` and pages at 2 vulns per result, as
 * osv.dev does past its per-query limit; GET /v1/vulns/<id> serves `records`.
 */
async function fakeOsv(
  records: OsvRecord[],
  vulnsFor: (q: { package: { ecosystem: string; name: string }; version?: string }) => string[],
) {
  const log: { method: string; path: string; body?: unknown }[] = [];
  const byId = new Map(records.map((r) => [r.id, r]));
  const server = http.createServer((req, res) => {
    let body = '';
    req.on('data', (c: Buffer) => (body += c.toString()));
    req.on('end', () => {
      const path = decodeURIComponent(req.url ?? '');
      if (req.method === 'POST' && path === '/v1/querybatch') {
        const parsed = JSON.parse(body) as {
          queries: { package: { ecosystem: string; name: string }; version?: string; page_token?: string }[];
        };
        log.push({ method: 'POST', path, body: parsed });
        const results = parsed.queries.map((q) => {
          const all = vulnsFor(q);
          const start = q.page_token ? Number(q.page_token) : 0;
          const page = all.slice(start, start + 2).map((id) => ({ id, modified: byId.get(id)?.modified }));
          return start + 2 < all.length
            ? { vulns: page, next_page_token: String(start + 2) }
            : page.length
              ? { vulns: page }
              : {};
        });
        res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ results }));
        return;
      }
      log.push({ method: req.method ?? '', path });
      const m = /^\/v1\/vulns\/(.+)$/.exec(path);
      const r = m ? byId.get(m[1]!) : undefined;
      if (!r) return void res.writeHead(404).end('{}');
      res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(r));
    });
  });
  const url = await listen(server);
  closers.push(() => new Promise((resolve) => (server.closeAllConnections(), server.close(() => resolve()))));
  return { url, log };
}

describe('queryOsvBatch', () => {
  const records = [
    rec('GHSA-1', 'npm', 'lodash'),
    rec('GHSA-2', 'npm', 'lodash'),
    rec('GHSA-3', 'npm', 'lodash'),
    rec('GHSA-4', 'npm', 'lodash', { withdrawn: '2024-02-01T00:00:00Z' }),
    rec('PYSEC-1', 'PyPI', 'django'),
  ];
  const vulnsFor = (q: { package: { ecosystem: string; name: string }; version?: string }): string[] => {
    if (q.package.ecosystem === 'npm' && q.package.name === 'lodash' && q.version === '4.17.15')
      return ['GHSA-1', 'GHSA-2', 'GHSA-3', 'GHSA-4', 'GHSA-5'];
    if (q.package.ecosystem === 'npm' && q.package.name === 'lodash') return ['GHSA-3'];
    if (q.package.ecosystem === 'PyPI' && q.package.name === 'Django') return ['PYSEC-1'];
    return [];
  };

  it('queries in batches, follows page tokens, fetches each record once, and serves lookups', async () => {
    const api = await fakeOsv(records, vulnsFor);
    const src = await queryOsvBatch(
      [
        { ecosystem: 'npm', name: 'lodash', version: '4.17.15' },
        { ecosystem: 'npm', name: 'lodash', version: '4.17.21' },
        { ecosystem: 'npm', name: 'lodash', version: '4.17.15' }, // duplicate: queried once
        { ecosystem: 'PyPI', name: 'Django', version: '3.2.0' },
        { ecosystem: 'Go', name: 'example.com/none', version: 'v1.0.0' },
      ],
      { baseUrl: api.url, env: {}, batchSize: 3 },
    );
    const posts = api.log
      .filter((l) => l.method === 'POST')
      .map((l) => (l.body as { queries: { version?: string; page_token?: string }[] }).queries);
    // Round 1: 4 distinct queries in batches of 3 and 1; round 2: lodash@4.17.15 page "2"; round 3: page "4".
    expect(posts.map((q) => q.length)).toEqual([3, 1, 1, 1]);
    expect(posts[2]![0]).toMatchObject({ version: '4.17.15', page_token: '2' });
    expect(posts[3]![0]).toMatchObject({ version: '4.17.15', page_token: '4' });
    const gets = api.log
      .filter((l) => l.method === 'GET')
      .map((l) => l.path)
      .sort();
    expect(gets).toEqual([
      '/v1/vulns/GHSA-1',
      '/v1/vulns/GHSA-2',
      '/v1/vulns/GHSA-3',
      '/v1/vulns/GHSA-4',
      '/v1/vulns/GHSA-5',
      '/v1/vulns/PYSEC-1',
    ]);
    // GHSA-5 is 404 (gone), GHSA-4 withdrawn: neither is returned.
    expect(src.lookup('npm', 'lodash').map((r) => r.id)).toEqual(['GHSA-1', 'GHSA-2', 'GHSA-3']);
    expect(src.lookup('PyPI', 'django').map((r) => r.id)).toEqual(['PYSEC-1']);
    expect(src.lookup('Go', 'example.com/none')).toEqual([]);
    expect(src.requests).toBe(4 + 6);
  });

  it('honours HTTP_PROXY from the given env', async () => {
    const api = await fakeOsv(records, vulnsFor);
    const proxy: TestServer = await recordingProxy();
    closers.push(proxy.close);
    await queryOsvBatch([{ ecosystem: 'PyPI', name: 'Django', version: '3.2.0' }], {
      baseUrl: api.url,
      env: { HTTP_PROXY: proxy.url },
    });
    expect(proxy.requests.length).toBeGreaterThan(0);
    expect(api.log.map((l) => l.path)).toEqual(['/v1/querybatch', '/v1/vulns/PYSEC-1']);
  });

  it('a refused connection or a malformed answer is a PalisadeError naming the URL', async () => {
    const dead = 'http://127.0.0.1:1';
    const err = await queryOsvBatch([{ ecosystem: 'npm', name: 'x', version: '1' }], {
      baseUrl: dead,
      env: {},
    }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(PalisadeError);
    expect((err as Error).message).toContain(`${dead}/v1/querybatch`);
    const bad = http.createServer((_req, res) => res.writeHead(200).end('{"results":[]}'));
    const badUrl = await listen(bad);
    closers.push(() => new Promise((r) => bad.close(() => r())));
    await expect(
      queryOsvBatch([{ ecosystem: 'npm', name: 'x', version: '1' }], { baseUrl: badUrl, env: {} }),
    ).rejects.toThrow(/expected 1 results, got 0/);
  });
});
