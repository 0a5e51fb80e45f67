/**
 * The documented server configurations (deploy/nginx.conf, deploy/Caddyfile)
 * started for a test: the same file, with only the port and the folder
 * changed, serving dist/ on a free loopback port. Each runs in the
 * foreground as a child of the test and is stopped by it.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

export type ServerKind = 'nginx' | 'caddy';

export interface RunningServer {
  origin: string;
  stop: () => Promise<void>;
}

export async function freePort(): Promise<number> {
  return new Promise((done, fail) => {
    const probe = createServer();
    probe.once('error', fail);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as { port: number };
      probe.close(() => done(port));
    });
  });
}

/** The documented file with its placeholders (port 80, /var/www/bbv-kaart) set; throws when a placeholder is gone. */
function configured(file: string, listen: [string, string], root: string): string {
  const text = readFileSync(file, 'utf8');
  for (const placeholder of [listen[0], '/var/www/bbv-kaart']) {
    if (!text.includes(placeholder)) throw new Error(`${file}: expected the placeholder "${placeholder}" to set for the test`);
  }
  return text.replace(listen[0], listen[1]).replace('/var/www/bbv-kaart', root);
}

async function waitUntilServing(origin: string, child: ChildProcess, log: () => string): Promise<void> {
  const deadline = Date.now() + 20_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`the server exited with ${child.exitCode}: ${log()}`);
    try {
      if ((await fetch(`${origin}/index.html`)).ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`the server did not answer on ${origin} within 20 s: ${log()}`);
}

export async function startDeployServer(kind: ServerKind, dist: string): Promise<RunningServer> {
  const port = await freePort();
  const root = resolve(dist);
  const dir = mkdtempSync(join(tmpdir(), `bbv-${kind}-`));
  let child: ChildProcess;
  let output = '';
  if (kind === 'nginx') {
    const site = configured('deploy/nginx.conf', ['listen 80;', `listen 127.0.0.1:${port};`], root);
    writeFileSync(join(dir, 'site.conf'), site);
    // A main configuration of its own (Debian's would start a daemon on port 80): one process, in the foreground, logs and temp files here.
    writeFileSync(
      join(dir, 'nginx.conf'),
      `daemon off;
master_process off;
pid ${dir}/nginx.pid;
error_log ${dir}/error.log warn;
load_module /usr/lib/nginx/modules/ngx_http_brotli_static_module.so;
events { worker_connections 256; }
http {
  include /etc/nginx/mime.types;
  default_type application/octet-stream;
  access_log off;
  client_body_temp_path ${dir}/body;
  proxy_temp_path ${dir}/proxy;
  fastcgi_temp_path ${dir}/fastcgi;
  uwsgi_temp_path ${dir}/uwsgi;
  scgi_temp_path ${dir}/scgi;
  include ${dir}/site.conf;
}
`,
    );
    child = spawn('nginx', ['-c', join(dir, 'nginx.conf')], { stdio: ['ignore', 'pipe', 'pipe'] });
  } else {
    const site = configured('deploy/Caddyfile', [':80 {', `http://127.0.0.1:${port} {`], root);
    // Global options for the test only: no admin endpoint (another checkout may run one), no certificates.
    writeFileSync(join(dir, 'Caddyfile'), `{\n\tadmin off\n\tauto_https off\n\tdefault_bind 127.0.0.1\n}\n\n${site}`);
    child = spawn('caddy', ['run', '--config', join(dir, 'Caddyfile'), '--adapter', 'caddyfile'], {
      stdio: ['ignore', 'pipe', 'pipe'],
      env: { ...process.env, XDG_DATA_HOME: dir, XDG_CONFIG_HOME: dir, HOME: dir },
    });
  }
  child.stdout!.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr!.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const origin = `http://127.0.0.1:${port}`;
  const errorLog = () => {
    try {
      return output + readFileSync(join(dir, 'error.log'), 'utf8');
    } catch {
      return output;
    }
  };
  try {
    await waitUntilServing(origin, child, errorLog);
  } catch (error) {
    child.kill();
    throw error;
  }
  return {
    origin,
    stop: async () => {
      if (child.exitCode === null) {
        const exited = new Promise((r) => child.once('exit', r));
        child.kill('SIGTERM');
        await exited;
      }
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
