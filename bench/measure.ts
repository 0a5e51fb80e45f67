/** Helpers shared by the benchmark's parts: statistics and waiting for the map. */
import type { Browser, BrowserContext, Page } from '@playwright/test';

export const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
};

export const round = (value: number, digits = 1) => Math.round(value * 10 ** digits) / 10 ** digits;

/** Waits until the shapes of the quarter's boundary version are on the map and it is idle. */
export async function waitForMap(page: Page): Promise<void> {
  await page.waitForFunction(() => {
    const hook = (window as unknown as { __BBV__?: { versionId: string | null; wantedVersionId: string | null } }).__BBV__;
    return !!hook?.versionId && hook.versionId === hook.wantedVersionId;
  }, undefined, { timeout: 60_000 });
  await page.evaluate(() => (window as unknown as { __BBV__: { whenIdle(): Promise<void> } }).__BBV__.whenIdle());
}

/** A fresh context (empty cache) with a page at `url`, once its first map is drawn and idle. */
export async function openWithMap(browser: Browser, url: string, viewport = { width: 1280, height: 800 }): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext({ viewport });
  const page = await context.newPage();
  await page.goto(url);
  await waitForMap(page);
  return { context, page };
}

/** Sets the quarter through the app state and returns ms until the map is idle with the right shapes. */
export async function timeQuarterChange(page: Page, quarter: number): Promise<number> {
  return page.evaluate(async (q) => {
    const hook = (window as unknown as {
      __BBV__: { app: { setQuarter(q: number): void }; whenIdle(): Promise<void>; versionId: string | null; wantedVersionId: string | null };
    }).__BBV__;
    const start = performance.now();
    hook.app.setQuarter(q);
    while (hook.versionId !== hook.wantedVersionId) await new Promise((r) => setTimeout(r, 2));
    await hook.whenIdle();
    return performance.now() - start;
  }, quarter);
}

/** The p-th quantile (0..1) by the nearest-rank method. */
export const percentile = (values: number[], p: number) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(p * sorted.length) - 1))]!;
};
