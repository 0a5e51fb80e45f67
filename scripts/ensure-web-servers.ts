/**
 * Makes sure nginx (with its brotli_static module) and Caddy are there for the
 * end-to-end test of the documented server configurations (deploy/,
 * tests/e2e/server.spec.ts): installs Debian's packages when one is missing
 * and we are root, without starting them as services; otherwise stops with a
 * message. Never skips.
 */
import { execSync } from 'node:child_process';
import { existsSync, rmSync, writeFileSync } from 'node:fs';

const NEEDED = [
  { what: 'nginx', path: '/usr/sbin/nginx', packages: ['nginx-light'] },
  { what: "nginx's brotli_static module", path: '/usr/lib/nginx/modules/ngx_http_brotli_static_module.so', packages: ['libnginx-mod-http-brotli-static'] },
  { what: 'Caddy', path: '/usr/bin/caddy', packages: ['caddy'] },
];

const missing = NEEDED.filter((n) => !existsSync(n.path));
if (missing.length > 0) {
  const packages = missing.flatMap((m) => m.packages);
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  if (!isRoot) {
    console.error(`ensure-web-servers: ${missing.map((m) => m.what).join(', ')} missing. Install Debian's packages (sudo apt-get install -y ${packages.join(' ')}), then run the tests again.`);
    process.exit(1);
  }
  console.log(`ensure-web-servers: installing Debian's ${packages.join(', ')}…`);
  // The tests start the servers themselves: keep the packages from starting them as services on port 80.
  const policy = '/usr/sbin/policy-rc.d';
  const ownPolicy = !existsSync(policy);
  if (ownPolicy) writeFileSync(policy, '#!/bin/sh\nexit 101\n', { mode: 0o755 });
  try {
    execSync(`apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends ${packages.join(' ')}`, { stdio: 'inherit', shell: '/bin/bash' });
  } finally {
    if (ownPolicy) rmSync(policy);
  }
}
const still = NEEDED.filter((n) => !existsSync(n.path));
if (still.length > 0) {
  console.error(`ensure-web-servers: still missing after the install: ${still.map((m) => `${m.what} (${m.path})`).join(', ')}`);
  process.exit(1);
}
console.log(`ensure-web-servers: using ${execSync('nginx -v 2>&1', { shell: '/bin/bash' }).toString().trim()} and Caddy ${execSync('caddy version').toString().trim()}`);
