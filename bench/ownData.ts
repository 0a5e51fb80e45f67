/**
 * Benchmark of loading own data: 100,000 rows in Dutch Excel form (`;`,
 * decimal comma, BOM) through the load dialog's file input, read and
 * validated in the dataset worker. Measures
 * - time from the file input's change event to the result on screen;
 * - peak JS heap of the worker (Runtime.getHeapUsage over the DevTools
 *   protocol, sampled every 20 ms) and of the page (Performance.getMetrics);
 * - responsiveness of the page meanwhile: the longest main-thread task
 *   (PerformanceObserver "longtask", tasks over 50 ms) and the longest gap
 *   between timer ticks scheduled every 10 ms (how late the page answers).
 * The files are handed to the input as paths on disk, as a user's would be:
 * buffers would be decoded by script in the page and count as page work.
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, CDPSession } from '@playwright/test';
import { largeDataset, rowCount } from '../scripts/lib/largeDataset';
import { defaultGeoDir, readSharedGeo, REPO_ROOT } from '../scripts/lib/readSharedGeo';
import { loadDataset } from '../src/lib/data/loadDataset';
import { writeDataset } from '../src/lib/data/writeDataset';
import { openWithMap } from './measure';

export interface OwnDataResult {
  rows: number;
  bytes: number;
  runs: { loadMs: number; workerPeakHeapBytes: number; pagePeakHeapBytes: number; longestTaskMs: number; longTasks: number; longestTimerGapMs: number }[];
}

function bigFiles(rows: number) {
  const { index: geo } = readSharedGeo(defaultGeoDir());
  const exampleDir = join(REPO_ROOT, 'data', 'example');
  const example = loadDataset(readdirSync(exampleDir).map((name) => ({ name, bytes: new Uint8Array(readFileSync(join(exampleDir, name))) })), geo).dataset!;
  const dataset = largeDataset(example, rows);
  if (rowCount(dataset) !== rows) throw new Error('the generated dataset has the wrong size');
  const dir = mkdtempSync(join(tmpdir(), 'bbv-bench-'));
  const paths = Object.entries(writeDataset(dataset, 'excel-nl')).map(([name, text]) => {
    writeFileSync(join(dir, name), text);
    return join(dir, name);
  });
  return { dir, paths, bytes: paths.reduce((n, path) => n + readFileSync(path).length, 0) };
}

/** Samples the dataset worker's heap until it is gone; returns the peak. */
async function sampleWorkerHeap(cdp: CDPSession, stop: () => boolean): Promise<number> {
  let peak = 0;
  let sessionId: string | null = null;
  let id = 0;
  cdp.on('Target.receivedMessageFromTarget', (event: { message: string }) => {
    const message = JSON.parse(event.message) as { result?: { usedSize?: number } };
    if (message.result?.usedSize) peak = Math.max(peak, message.result.usedSize);
  });
  while (!stop()) {
    if (!sessionId) {
      const { targetInfos } = (await cdp.send('Target.getTargets')) as { targetInfos: { type: string; url: string; targetId: string }[] };
      const worker = targetInfos.find((t) => t.type === 'worker' && t.url.includes('datasetWorker'));
      if (worker) sessionId = ((await cdp.send('Target.attachToTarget', { targetId: worker.targetId, flatten: false })) as { sessionId: string }).sessionId;
    }
    if (sessionId) await cdp.send('Target.sendMessageToTarget', { sessionId, message: JSON.stringify({ id: ++id, method: 'Runtime.getHeapUsage' }) }).catch(() => undefined);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  return peak;
}

export async function benchOwnData(browser: Browser, base: string, runs = 3, rows = 100_000): Promise<OwnDataResult> {
  const files = bigFiles(rows);
  const result: OwnDataResult = { rows, bytes: files.bytes, runs: [] };
  try {
  for (let run = 0; run < runs; run++) {
    const { context, page } = await openWithMap(browser, base);
    await page.getByRole('button', { name: 'Gegevens laden' }).click();
    const input = page.locator('dialog input[type=file]');
    // The dialog's code is a chunk of its own, loaded on the first click.
    await input.waitFor({ state: 'attached' });
    // In the page: when the load starts, long tasks and frame gaps from then on.
    await page.evaluate(() => {
      const w = window as unknown as { __bench: { start: number; longTasks: number[]; maxGap: number; running: boolean } };
      w.__bench = { start: 0, longTasks: [], maxGap: 0, running: false };
      document.querySelector('dialog input[type=file]')!.addEventListener('change', () => {
        w.__bench.start = performance.now();
        w.__bench.running = true;
        let last = performance.now();
        const tick = () => {
          const now = performance.now();
          w.__bench.maxGap = Math.max(w.__bench.maxGap, now - last);
          last = now;
          if (w.__bench.running) setTimeout(tick, 10);
        };
        setTimeout(tick, 10);
      }, { capture: true });
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries()) if (w.__bench.running) w.__bench.longTasks.push(entry.duration);
      }).observe({ type: 'longtask' });
    });
    const pageCdp = await context.newCDPSession(page);
    await pageCdp.send('Performance.enable');
    let pagePeak = 0;
    let done = false;
    const browserCdp = await browser.newBrowserCDPSession();
    const workerPeak = sampleWorkerHeap(browserCdp, () => done);
    const pageSampler = (async () => {
      while (!done) {
        const { metrics } = (await pageCdp.send('Performance.getMetrics')) as { metrics: { name: string; value: number }[] };
        pagePeak = Math.max(pagePeak, metrics.find((m) => m.name === 'JSHeapUsedSize')?.value ?? 0);
        await new Promise((resolve) => setTimeout(resolve, 20));
      }
    })();
    await input.setInputFiles(files.paths);
    await page.getByTestId('data-summary').waitFor({ timeout: 120_000 });
    const timing = await page.evaluate(() => {
      const w = window as unknown as { __bench: { start: number; longTasks: number[]; maxGap: number; running: boolean } };
      w.__bench.running = false;
      return { loadMs: performance.now() - w.__bench.start, longTasks: w.__bench.longTasks, maxGap: w.__bench.maxGap };
    });
    if (!(await page.getByText('Geen fouten gevonden').isVisible())) throw new Error('the 100,000-row file did not load without errors');
    done = true;
    const [workerPeakHeapBytes] = await Promise.all([workerPeak, pageSampler]);
    result.runs.push({
      loadMs: timing.loadMs,
      workerPeakHeapBytes,
      pagePeakHeapBytes: pagePeak,
      longestTaskMs: Math.max(0, ...timing.longTasks),
      longTasks: timing.longTasks.length,
      longestTimerGapMs: timing.maxGap,
    });
    await browserCdp.detach();
    await context.close();
  }
  } finally {
    rmSync(files.dir, { recursive: true, force: true });
  }
  return result;
}
