/**
 * A small static server for the benchmark and the tests that need files the
 * preview server cannot give (a copy of dist/ changed as a new deploy would
 * be, the benchmark's floor page beside the app). Folders are mounted at
 * path prefixes; responses are gzip-encoded as a server with the documented
 * configuration sends them (the build's .gz copy where there is one,
 * compressed here otherwise), so bytes counted in the browser are bytes on
 * the wire. Chromium asks for brotli only over HTTPS, so gzip is what it gets.
 * Every response says `no-cache`: each run sees the files as they are now.
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { extname, join, normalize, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.topojson': 'application/json',
  '.csv': 'text/csv; charset=utf-8',
  '.svg': 'image/svg+xml',
};

export interface StaticServer {
  /** `http://127.0.0.1:<port>/` */
  base: string;
  close: () => Promise<void>;
}

/** Serves each folder under its prefix (`'/'`, `'/baseline/'`); the longest matching prefix wins. Port 0 picks a free one. */
export function startStaticServer(port: number, mounts: Record<string, string>): Promise<StaticServer> {
  const prefixes = Object.keys(mounts).sort((a, b) => b.length - a.length);
  const compressed = new Map<string, Buffer>();
  const fileFor = (pathname: string): string | null => {
    const prefix = prefixes.find((p) => pathname.startsWith(p));
    if (!prefix) return null;
    const root = resolve(mounts[prefix]!);
    const file = normalize(join(root, decodeURIComponent(pathname.slice(prefix.length)) || 'index.html'));
    if (!file.startsWith(root) || !existsSync(file)) return null;
    return statSync(file).isDirectory() ? join(file, 'index.html') : file;
  };
  const server: Server = createServer((request, response) => {
    const file = fileFor(new URL(request.url ?? '/', 'http://localhost').pathname);
    if (!file || !existsSync(file)) {
      response.writeHead(404).end();
      return;
    }
    const headers: Record<string, string> = { 'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream', 'Cache-Control': 'no-cache', Vary: 'Accept-Encoding' };
    let body: Buffer = readFileSync(file);
    if (/\bgzip\b/.test(String(request.headers['accept-encoding'] ?? ''))) {
      const key = `${file}:${statSync(file).mtimeMs}`;
      let gz = compressed.get(key);
      if (!gz) compressed.set(key, (gz = existsSync(`${file}.gz`) && statSync(`${file}.gz`).mtimeMs >= statSync(file).mtimeMs ? readFileSync(`${file}.gz`) : gzipSync(body, { level: 9 })));
      body = gz;
      headers['Content-Encoding'] = 'gzip';
    }
    headers['Content-Length'] = String(body.length);
    response.writeHead(200, headers).end(request.method === 'HEAD' ? undefined : body);
  });
  return new Promise((resolvePromise, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => {
      const { port: actual } = server.address() as AddressInfo;
      resolvePromise({ base: `http://127.0.0.1:${actual}/`, close: () =>
          new Promise((done) => {
            server.close(() => done());
            server.closeAllConnections();
          }),
      });
    });
  });
}
