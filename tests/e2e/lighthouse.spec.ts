import { chromium, expect, test } from '@playwright/test';
import lighthouse from 'lighthouse';
import { chromiumLaunchOptions } from '../../scripts/lib/chromium';

// Lighthouse drives its own Chromium over the DevTools protocol: Debian's
// Chromium, started here with a debugging port of this worker's own.
for (const [view, path] of [['main view', '/'], ['embed', '/?embed=1']] as const) {
  test(`Lighthouse accessibility score is 100 on the ${view}`, async ({ baseURL }, testInfo) => {
    test.setTimeout(120_000);
    const port = 9300 + testInfo.workerIndex;
    const options = chromiumLaunchOptions();
    const browser = await chromium.launch({ ...options, args: [...(options.args ?? []), `--remote-debugging-port=${port}`] });
    try {
      const result = await lighthouse(new URL(path, baseURL).href, {
        port,
        onlyCategories: ['accessibility'],
        output: 'json',
        logLevel: 'error',
        formFactor: 'desktop',
        screenEmulation: { disabled: true },
      });
      const score = result?.lhr.categories['accessibility']?.score;
      const failing = Object.values(result?.lhr.audits ?? {})
        .filter((audit) => audit.scoreDisplayMode === 'binary' && audit.score === 0)
        .map((audit) => `${audit.id}: ${audit.title}`);
      console.log(`Lighthouse accessibility score, ${view}: ${Math.round((score ?? 0) * 100)}`);
      expect(failing).toEqual([]);
      expect(score).toBe(1);
    } finally {
      await browser.close();
    }
  });
}
