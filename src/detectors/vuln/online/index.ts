/**
 * `--online`: check packages against the OSV API instead of the local DB
 * (https://google.github.io/osv.dev/post-v1-querybatch/): POST /v1/querybatch answers, per query, the ids
 * (and `modified`) of the vulns affecting that version, paged by `next_page_token`; the full records then
 * come from GET /v1/vulns/<id>, each id once, a few at a time. The result is an AdvisorySource over what
 * was fetched, so the matcher runs the same code as with the DB (and re-checks every range itself).
 */
import { PalisadeError } from '../../../core/errors.js';
import { Http, mapLimit, type HttpOptions } from '../db/http.js';
import { baseEcosystem, normalizePackageName } from '../normalize.js';
import type { AdvisorySource, OsvRecord } from '../types.js';

export const DEFAULT_API_URL = 'https://api.osv.dev';
/** osv.dev accepts at most 1,000 queries per batch. */
const BATCH_SIZE = 1000;
/** A guard against a server that keeps handing out page tokens. */
const MAX_PAGES = 100;

export interface OnlineQuery {
  ecosystem: string;
  name: string;
  version?: string;
}

export interface OnlineOptions extends HttpOptions {
  baseUrl?: string;
  /** Parallel GET /v1/vulns requests (default 8). */
  concurrency?: number;
  batchSize?: number;
}

export interface OnlineSource extends AdvisorySource {
  /** Every record fetched, by id. */
  readonly records: ReadonlyMap<string, OsvRecord>;
  /** Requests made (querybatch pages + record fetches), for --debug. */
  readonly requests: number;
}

interface BatchQuery {
  package: { ecosystem: string; name: string };
  version?: string;
  page_token?: string;
}

interface BatchResponse {
  results?: { vulns?: { id: string; modified?: string }[]; next_page_token?: string }[];
}

const key = (ecosystem: string, name: string): string =>
  `${baseEcosystem(ecosystem)}\u0000${normalizePackageName(ecosystem, name)}`;

export async function queryOsvBatch(
  packages: readonly OnlineQuery[],
  opts: OnlineOptions = {},
): Promise<OnlineSource> {
  const base = (opts.baseUrl ?? DEFAULT_API_URL).replace(/\/+$/, '');
  const http = new Http(opts);
  let requests = 0;
  const idsByPackage = new Map<string, Set<string>>();
  try {
    // Distinct (ecosystem, name, version) only: an inventory lists the same package once per lockfile.
    const seen = new Set<string>();
    let pending: BatchQuery[] = [];
    for (const p of packages) {
      const k = `${p.ecosystem}\u0000${p.name}\u0000${p.version ?? ''}`;
      if (seen.has(k)) continue;
      seen.add(k);
      pending.push(
        p.version
          ? { package: { ecosystem: p.ecosystem, name: p.name }, version: p.version }
          : { package: { ecosystem: p.ecosystem, name: p.name } },
      );
    }
    for (let round = 0; pending.length > 0; round++) {
      if (round >= MAX_PAGES)
        throw new PalisadeError(
          'network',
          `${base}/v1/querybatch: still paging after ${MAX_PAGES} rounds; giving up`,
        );
      const next: BatchQuery[] = [];
      for (let i = 0; i < pending.length; i += opts.batchSize ?? BATCH_SIZE) {
        const chunk = pending.slice(i, i + (opts.batchSize ?? BATCH_SIZE));
        requests++;
        const res = (await http.postJson(`${base}/v1/querybatch`, { queries: chunk })) as BatchResponse;
        const results = res?.results;
        if (!Array.isArray(results) || results.length !== chunk.length)
          throw new PalisadeError(
            'network',
            `${base}/v1/querybatch: expected ${chunk.length} results, got ${Array.isArray(results) ? results.length : 'none'}`,
          );
        results.forEach((r, j) => {
          const q = chunk[j]!;
          const k = key(q.package.ecosystem, q.package.name);
          let ids = idsByPackage.get(k);
          if (ids === undefined) idsByPackage.set(k, (ids = new Set()));
          for (const v of r?.vulns ?? []) if (typeof v?.id === 'string') ids.add(v.id);
          if (r?.next_page_token) next.push({ ...q, page_token: r.next_page_token });
        });
      }
      pending = next;
    }
    const allIds = [...new Set([...idsByPackage.values()].flatMap((s) => [...s]))].sort();
    const records = new Map<string, OsvRecord>();
    await mapLimit(allIds, opts.concurrency ?? 8, async (id) => {
      const url = `${base}/v1/vulns/${encodeURIComponent(id)}`;
      requests++;
      const body = await http.get(url);
      if (body === undefined) return; // withdrawn/deleted between the two calls
      let rec: OsvRecord;
      try {
        rec = JSON.parse(body.toString('utf8')) as OsvRecord;
      } catch {
        throw new PalisadeError('network', `${url}: the response is not JSON`);
      }
      records.set(id, rec);
    });
    return {
      records,
      requests,
      lookup(ecosystem: string, name: string): OsvRecord[] {
        const ids = idsByPackage.get(key(ecosystem, name));
        if (ids === undefined) return [];
        const out: OsvRecord[] = [];
        for (const id of [...ids].sort()) {
          const rec = records.get(id);
          if (rec !== undefined && !rec.withdrawn) out.push(rec);
        }
        return out;
      },
    };
  } finally {
    await http.close();
  }
}
