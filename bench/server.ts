/**
 * The benchmark's static server: dist/ at `/` and the floor page
 * (bench/.build/baseline) at `/baseline/`, gzip-encoded as a server with the
 * documented configuration sends them (the build's .gz copies where there
 * are, compressed here otherwise), so "bytes to first map" are bytes on the
 * wire. Chromium asks for brotli only over HTTPS, so gzip is what it gets.
 */
import { createServer, type Server } from 'node:http';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { extname, join, normalize, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.webmanifest': 'application/manifest+json',
  '.topojson': 'application/json',
  '.csv': 'text/csv; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
};

export interface BenchServer {
  base: string;
  close: () => Promise<void>;
}

export function startBenchServer(port: number, roots: { '/': string; '/baseline/': string }): Promise<BenchServer> {
  const compressed = new Map<string, Buffer>();
  const fileFor = (pathname: string): string | null => {
    const mount = pathname.startsWith('/baseline/') ? '/baseline/' : '/';
    const root = resolve(roots[mount]);
    const relative = decodeURIComponent(pathname.slice(mount.length)) || 'index.html';
    const file = normalize(join(root, relative));
    if (!file.startsWith(root)) return null;
    if (existsSync(file) && statSync(file).isDirectory()) return join(file, 'index.html');
    return existsSync(file) ? file : null;
  };
  const server: Server = createServer((request, response) => {
    const file = fileFor(new URL(request.url ?? '/', 'http://localhost').pathname);
    if (!file) {
      response.writeHead(404).end();
      return;
    }
    const headers: Record<string, string> = { 'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream', 'Cache-Control': 'no-cache', Vary: 'Accept-Encoding' };
    let body: Buffer = readFileSync(file);
    if (/\bgzip\b/.test(String(request.headers['accept-encoding'] ?? ''))) {
      let gz = compressed.get(file);
      if (!gz) compressed.set(file, (gz = existsSync(`${file}.gz`) ? readFileSync(`${file}.gz`) : gzipSync(body, { level: 9 })));
      body = gz;
      headers['Content-Encoding'] = 'gzip';
    }
    headers['Content-Length'] = String(body.length);
    response.writeHead(200, headers).end(request.method === 'HEAD' ? undefined : body);
  });
  return new Promise((resolvePromise, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () =>
      resolvePromise({ base: `http://127.0.0.1:${port}/`, close: () => new Promise((done) => server.close(() => done())) }),
    );
  });
}
