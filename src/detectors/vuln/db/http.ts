/**
 * HTTP for the DB download and the online client: undici's fetch through an EnvHttpProxyAgent built from
 * the caller's environment (HTTPS_PROXY / HTTP_PROXY / NO_PROXY, upper or lower case, as curl reads them),
 * with connect/header/idle-body timeouts and errors that name the URL.
 */
import { EnvHttpProxyAgent, fetch, type Dispatcher } from 'undici';
import { PalisadeError, errorMessage } from '../../../core/errors.js';
import { VERSION } from '../../../version.js';

export interface HttpOptions {
  /** Environment to read proxy settings from (default process.env). */
  env?: NodeJS.ProcessEnv;
  /** Connect, response-headers and between-chunks timeout, ms (default 30,000). */
  timeoutMs?: number;
  /** A ready dispatcher (tests, embedders); overrides env. */
  dispatcher?: Dispatcher;
}

export function proxyDispatcher(env: NodeJS.ProcessEnv = process.env, timeoutMs = 30_000): Dispatcher {
  // '' rather than undefined: undici would otherwise fall back to process.env, not the env we were given.
  return new EnvHttpProxyAgent({
    httpProxy: env.HTTP_PROXY ?? env.http_proxy ?? '',
    httpsProxy: env.HTTPS_PROXY ?? env.https_proxy ?? env.HTTP_PROXY ?? env.http_proxy ?? '',
    noProxy: env.NO_PROXY ?? env.no_proxy ?? '',
    connectTimeout: timeoutMs,
    headersTimeout: timeoutMs,
    bodyTimeout: timeoutMs,
  });
}

/** One dispatcher per call site run; close it when done so sockets do not keep the process alive. */
export class Http {
  private readonly dispatcher: Dispatcher;
  private readonly owned: boolean;
  constructor(opts: HttpOptions = {}) {
    this.owned = opts.dispatcher === undefined;
    this.dispatcher = opts.dispatcher ?? proxyDispatcher(opts.env, opts.timeoutMs);
  }

  /** The body, or undefined on 404 (callers decide whether that is an error). Other failures throw PalisadeError `network`. */
  async get(url: string): Promise<Buffer | undefined> {
    return this.request(url, { method: 'GET' });
  }

  async postJson(url: string, body: unknown): Promise<unknown> {
    const bytes = await this.request(url, {
      method: 'POST',
      body: JSON.stringify(body),
      headers: { 'content-type': 'application/json' },
    });
    if (bytes === undefined) throw new PalisadeError('network', `POST ${url}: HTTP 404`);
    try {
      return JSON.parse(bytes.toString('utf8'));
    } catch (err) {
      throw new PalisadeError('network', `POST ${url}: the response is not JSON (${errorMessage(err)})`, {
        cause: err,
      });
    }
  }

  private async request(
    url: string,
    init: { method: string; body?: string; headers?: Record<string, string> },
  ): Promise<Buffer | undefined> {
    let res;
    try {
      res = await fetch(url, {
        ...init,
        headers: { 'user-agent': `palisade/${VERSION}`, ...init.headers },
        dispatcher: this.dispatcher,
      });
    } catch (err) {
      throw new PalisadeError('network', `${init.method} ${url} failed: ${describe(err)}`, { cause: err });
    }
    if (res.status === 404) {
      await res.body?.cancel();
      return undefined;
    }
    if (!res.ok) {
      await res.body?.cancel();
      throw new PalisadeError(
        'network',
        `${init.method} ${url}: HTTP ${res.status} ${res.statusText}`.trimEnd(),
      );
    }
    try {
      return Buffer.from(await res.arrayBuffer());
    } catch (err) {
      throw new PalisadeError('network', `${init.method} ${url}: the download broke off (${describe(err)})`, {
        cause: err,
      });
    }
  }

  async close(): Promise<void> {
    if (this.owned) await this.dispatcher.close();
  }
}

/** fetch wraps the real reason (ECONNREFUSED, a timeout, a proxy refusal) in `cause`. */
function describe(err: unknown): string {
  const parts: string[] = [];
  let e: unknown = err;
  for (let depth = 0; e !== undefined && e !== null && depth < 4; depth++) {
    const msg = errorMessage(e);
    const code = (e as { code?: string }).code;
    const text = code && !msg.includes(code) ? `${msg} (${code})` : msg;
    if (!parts.includes(text)) parts.push(text);
    e = (e as { cause?: unknown }).cause;
  }
  return parts.join(': ');
}

/** Run `fn` over `items` with at most `limit` in flight; results in input order; the first error rejects. */
export async function mapLimit<T, R>(
  items: readonly T[],
  limit: number,
  fn: (item: T, index: number) => Promise<R>,
): Promise<R[]> {
  const out = new Array<R>(items.length);
  let next = 0;
  let failed = false;
  const worker = async (): Promise<void> => {
    while (!failed && next < items.length) {
      const i = next++;
      try {
        out[i] = await fn(items[i]!, i);
      } catch (err) {
        failed = true;
        throw err;
      }
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
  return out;
}
