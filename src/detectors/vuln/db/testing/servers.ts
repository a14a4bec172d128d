/** Loopback servers for the DB and online tests: a static file server (osv.dev bucket layout) and a recording proxy. */
import { readFile } from 'node:fs/promises';
import http from 'node:http';
import net from 'node:net';
import type { AddressInfo } from 'node:net';
import path from 'node:path';

export interface TestServer {
  url: string;
  /** Request paths as received (decoded). */
  requests: string[];
  close(): Promise<void>;
}

export async function listen(server: http.Server): Promise<string> {
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
}

function closer(server: http.Server): () => Promise<void> {
  return () =>
    new Promise<void>((resolve) => {
      server.closeAllConnections();
      server.close(() => resolve());
    });
}

/**
 * Serves `root` like the export bucket. `dropAfter(path)` returning a byte count makes the server announce
 * the whole file but cut the connection after that many bytes (a download that breaks off).
 */
export async function fileServer(
  root: string,
  opts: { dropAfter?: (p: string) => number | undefined } = {},
): Promise<TestServer> {
  const requests: string[] = [];
  const server = http.createServer((req, res) => {
    const p = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    requests.push(p);
    const file = path.join(root, p);
    if (!file.startsWith(root)) return void res.writeHead(403).end();
    readFile(file).then(
      (body) => {
        const drop = opts.dropAfter?.(p);
        res.writeHead(200, { 'content-length': body.length });
        if (drop === undefined) return void res.end(body);
        res.write(body.subarray(0, drop), () => res.socket?.destroy());
      },
      () => void res.writeHead(404).end('not found'),
    );
  });
  const url = await listen(server);
  return { url, requests, close: closer(server) };
}

/** A forward proxy (absolute-form requests and CONNECT tunnels) that records what it was asked for. */
export async function recordingProxy(): Promise<TestServer> {
  const requests: string[] = [];
  const server = http.createServer((req, res) => {
    requests.push(`${req.method} ${req.url}`);
    const target = new URL(req.url ?? '');
    const up = http.request(
      {
        host: target.hostname,
        port: target.port,
        path: target.pathname + target.search,
        method: req.method,
        headers: req.headers,
      },
      (upRes) => {
        res.writeHead(upRes.statusCode ?? 502, upRes.headers);
        upRes.pipe(res);
      },
    );
    up.on('error', () => res.writeHead(502).end());
    req.pipe(up);
  });
  server.on('connect', (req, socket, head) => {
    requests.push(`CONNECT ${req.url}`);
    const [host, port] = (req.url ?? '').split(':');
    const up = net.connect(Number(port), host, () => {
      socket.write('HTTP/1.1 200 Connection Established\r\n\r\n');
      up.write(head);
      up.pipe(socket);
      socket.pipe(up);
    });
    up.on('error', () => socket.destroy());
    socket.on('error', () => up.destroy());
  });
  const url = await listen(server);
  return { url, requests, close: closer(server) };
}
