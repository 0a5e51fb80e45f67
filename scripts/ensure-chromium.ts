/**
 * Makes sure a Chromium is there for the end-to-end tests and the benchmark:
 * CHROMIUM_PATH or Debian's chromium; installs the Debian package when it is
 * missing and we are root; otherwise stops with a message. Never skips.
 */
import { execSync } from 'node:child_process';
import { findChromium } from './lib/chromium';

let path = findChromium();
if (!path && !process.env['CHROMIUM_PATH']) {
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  if (!isRoot) {
    console.error(
      'ensure-chromium: no Chromium found. Install Debian\'s package (sudo apt-get install -y chromium) or set CHROMIUM_PATH to a Chromium binary, then run the tests again.',
    );
    process.exit(1);
  }
  console.log('ensure-chromium: installing Debian\'s chromium package…');
  execSync('apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium', { stdio: 'inherit', shell: '/bin/bash' });
  path = findChromium();
}
if (!path) {
  console.error(`ensure-chromium: no executable Chromium at ${process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium'}`);
  process.exit(1);
}
console.log(`ensure-chromium: using ${path} (${execSync(`${path} --version`).toString().trim()})`);
