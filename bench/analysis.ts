/**
 * Benchmark of the analysis section (called from bench/run.ts): what opening it
 * costs, since it reads every quarter.
 *
 * - open → growth chart: from the click on "Analyse tonen" right after the
 *   first map (before the screen has worked out the other quarters at idle
 *   moments, state/prepareAhead.ts) until the chart has a point per
 *   quarter: loading the analysis chunk, the coverage of every other quarter,
 *   the series and the SVG; median of fresh page loads;
 * - measure switch: another measure of the same series (coverage cached);
 * - change mode: choosing a quarter to compare with until the map is idle.
 */
import type { Browser, Page } from '@playwright/test';
import { median, openWithMap, round, waitForMap } from './measure';

const RUNS = 5;

/** Ms from `act` until every quarter has a point on the growth chart. */
async function timeUntilChart(page: Page, act: () => Promise<void>): Promise<number> {
  const quarters = await page.evaluate(() => {
    const app = (window as unknown as { __BBV__: { app: { firstQuarter: number; lastQuarter: number } } }).__BBV__.app;
    return app.lastQuarter - app.firstQuarter + 1;
  });
  const start = await page.evaluate(() => performance.now());
  await act();
  await page.waitForFunction((n) => document.querySelectorAll('[data-testid="growth-chart"] circle.point').length === n, quarters, { timeout: 60_000 });
  return (await page.evaluate(() => performance.now())) - start;
}

export interface AnalysisBench {
  openToGrowthChart: { median: number; runs: number[] };
  measureSwitch: { median: number };
  changeModeToIdle: { median: number };
}

export async function benchAnalysis(browser: Browser, base: string): Promise<AnalysisBench> {
  const open: number[] = [];
  const measure: number[] = [];
  const change: number[] = [];
  for (let run = 0; run < RUNS; run++) {
    const { context, page } = await openWithMap(browser, base);
    open.push(await timeUntilChart(page, () => page.getByRole('button', { name: 'Analyse tonen' }).click()));
    measure.push(
      await timeUntilChart(page, async () => {
        await page.getByRole('radio', { name: 'Inwoners bereikt (aandeel)' }).check();
        await page.waitForFunction(() => document.querySelector('input[value="population"]:checked'));
      }),
    );
    await page.getByRole('tab', { name: 'Wijzigingen' }).click();
    const start = await page.evaluate(() => performance.now());
    await page.getByRole('combobox', { name: 'Vergelijk met kwartaal' }).selectOption({ label: '2020 K4' });
    await waitForMap(page);
    change.push((await page.evaluate(() => performance.now())) - start);
    await context.close();
  }
  return {
    openToGrowthChart: { median: round(median(open)), runs: open.map(round) },
    measureSwitch: { median: round(median(measure)) },
    changeModeToIdle: { median: round(median(change)) },
  };
}
