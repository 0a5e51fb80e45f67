/**
 * Where Chromium is and how to start it headless here: Debian's package
 * (Playwright cannot download its own browser on this network).
 */
import { accessSync, constants } from 'node:fs';
import type { LaunchOptions } from '@playwright/test';

const CANDIDATES = ['/usr/bin/chromium', '/usr/bin/chromium-browser'];

function isExecutable(path: string): boolean {
  try {
    accessSync(path, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

/** CHROMIUM_PATH, or Debian's chromium; null when there is none. */
export function findChromium(): string | null {
  const fromEnv = process.env['CHROMIUM_PATH'];
  if (fromEnv) return isExecutable(fromEnv) ? fromEnv : null;
  return CANDIDATES.find(isExecutable) ?? null;
}

export function chromiumPath(): string {
  const path = findChromium();
  if (!path) throw new Error('No Chromium found: run `npm run test:e2e` (it installs Debian\'s chromium as root) or set CHROMIUM_PATH');
  return path;
}

/**
 * Launch options for Playwright. The network is closed, so Chromium's
 * background services are switched off; as root it needs --no-sandbox.
 * WebGL runs on SwiftShader in headless mode.
 */
export function chromiumLaunchOptions(): LaunchOptions {
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  return {
    executablePath: chromiumPath(),
    args: [
      ...(isRoot ? ['--no-sandbox'] : []),
      '--disable-background-networking',
      '--disable-component-update',
      '--no-first-run',
      '--disable-sync',
      '--disable-quic',
      '--enable-unsafe-swiftshader',
    ],
  };
}
