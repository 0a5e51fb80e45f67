/**
 * Benchmark of export and the map without WebGL (called from bench/run.ts).
 *
 * - export, warm: building the export SVG, and the PNG (that SVG drawn on a
 *   canvas and encoded) at 1920 × 1080 and 3840 × 2160, as the Export dialog
 *   does; median of EXPORT_RUNS, with the file size;
 * - the SVG map, in a Chromium started with --disable-webgl: time to the first
 *   map, and quarter changes within one boundary version (fills only); median
 *   of QUARTER_CHANGES.
 */
import { chromium, type Page } from '@playwright/test';
import { chromiumLaunchOptions } from '../scripts/lib/chromium';
import { median, round, timeQuarterChange, waitForMap } from './measure';

const EXPORT_RUNS = 5;
const QUARTER_CHANGES = 40;

type Timing = { median: number; bytes: number };

async function exportRuns(page: Page, kind: 'svg' | 'png', width: number, height: number): Promise<Timing> {
  const runs: { ms: number; bytes: number }[] = [];
  for (let i = 0; i < EXPORT_RUNS; i++) {
    runs.push(
      await page.evaluate(
        async ([k, w, h]) => {
          const exports = (window as unknown as { __BBV__: { exports: { ready(): Promise<void>; svg(w: number, h: number): string; png(w: number, h: number): Promise<Blob> } } }).__BBV__.exports;
          // The export code is a chunk of its own: loaded before the clock starts, as the Export dialog has it.
          await exports.ready();
          const start = performance.now();
          const bytes = k === 'svg' ? new Blob([exports.svg(w, h)]).size : (await exports.png(w, h)).size;
          return { ms: performance.now() - start, bytes };
        },
        [kind, width, height] as const,
      ),
    );
  }
  return { median: round(median(runs.map((r) => r.ms))), bytes: runs[0]!.bytes };
}

/** On a page with the map drawn (warm). */
export async function benchExport(page: Page): Promise<{ svg1920x1080: Timing; png1920x1080: Timing; png3840x2160: Timing }> {
  return {
    svg1920x1080: await exportRuns(page, 'svg', 1920, 1080),
    png1920x1080: await exportRuns(page, 'png', 1920, 1080),
    png3840x2160: await exportRuns(page, 'png', 3840, 2160),
  };
}

export async function benchSvgMap(base: string): Promise<{ firstLoadToFirstMap: number; quarterChangeToIdle: { median: number; max: number } }> {
  const launch = chromiumLaunchOptions();
  const browser = await chromium.launch({ ...launch, args: [...(launch.args ?? []), '--disable-webgl', '--disable-3d-apis'] });
  try {
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
    // See run.ts: functions sent to the page may carry tsx's __name helper.
    await context.addInitScript('window.__name = (fn) => fn;');
    const page = await context.newPage();
    await page.goto(base);
    await waitForMap(page);
    const firstLoadToFirstMap = round(await page.evaluate(() => performance.now()));
    const changes: number[] = [];
    for (let i = 0; i < QUARTER_CHANGES; i++) changes.push(await timeQuarterChange(page, 2023 * 4 + (i % 4)));
    return { firstLoadToFirstMap, quarterChangeToIdle: { median: round(median(changes)), max: round(Math.max(...changes)) } };
  } finally {
    await browser.close();
  }
}
