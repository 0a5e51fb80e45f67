import { defineConfig } from '@playwright/test';
import { chromiumLaunchOptions } from './scripts/lib/chromium';

// End-to-end tests run against a production build made with the test hook
// (VITE_TEST_HOOK=on, see src/views/testHook.ts) into dist-e2e/, served by
// `vite preview`, in Debian's Chromium. The data build (public/generated) must
// have run: `npm test` runs `npm run build` first.
// BBV_E2E_PORT lets two checkouts run their suites side by side without one
// reusing the other's preview server.
const PORT = Number(process.env['BBV_E2E_PORT'] ?? 4173);
const DIST = 'dist-e2e';
const CADENCE_SPECS = /autoplay\.spec\.ts$/;

export default defineConfig({
  testDir: 'tests/e2e',
  timeout: 60_000,
  expect: { timeout: 10_000 },
  workers: 2,
  retries: 0,
  reporter: 'list',
  use: {
    baseURL: `http://127.0.0.1:${PORT}`,
    headless: true,
    viewport: { width: 1280, height: 800 },
    launchOptions: chromiumLaunchOptions(),
    // Each test starts in a fresh context, and the app's service worker (which
    // precaches ~1.5 MB after the first map) would only add downloads and take
    // requests out of reach of page.route. The specs about offline use and the
    // served configuration allow it (tests/e2e/offline.spec.ts, server.spec.ts).
    serviceWorkers: 'block',
  },
  // Autoplay's cadence is measured in wall-clock time (autoplay.spec.ts). With
  // two workers on a two-core machine, another test's Chromium (WebGL in
  // software) takes the CPU from under it and stretches an interval by a
  // frame or two, which says nothing about the app. So those tests run in a
  // project of their own, after all the others, one at a time. Running that
  // file alone: `npx playwright test tests/e2e/autoplay.spec.ts --no-deps`
  // (without --no-deps Playwright runs the whole of the first project first).
  projects: [
    { name: 'app', testIgnore: CADENCE_SPECS },
    { name: 'cadence', testMatch: CADENCE_SPECS, dependencies: ['app'], fullyParallel: false, workers: 1 },
  ],
  webServer: {
    command: `npx vite build --outDir ${DIST} --emptyOutDir --logLevel warn && npx vite preview --outDir ${DIST} --host 127.0.0.1 --port ${PORT} --strictPort`,
    env: { VITE_TEST_HOOK: 'on' },
    url: `http://127.0.0.1:${PORT}`,
    reuseExistingServer: !process.env['CI'],
    timeout: 180_000,
  },
});
