/**
 * `npm run bench`: speed and size of the built app, measured in Debian's
 * headless Chromium against `vite preview` of dist-bench/ (the production
 * build with the test hook, which the timings wait on); sizes are read from
 * dist/, the production build as deployed. Prints a table and writes
 * bench/results/latest.json.
 *
 * What is measured, and how:
 * - cold load: a fresh browser context (empty cache) from navigation start to
 *   the first idle map with the boundaries drawn; median of COLD_RUNS;
 * - quarter change: setting the quarter within one boundary version until the
 *   map is idle again (feature-state only); median of QUARTER_CHANGES;
 * - boundary switch: a quarter on another boundary version, first time
 *   (fetch + upload) and again (cached shapes);
 * - export (SVG, PNG at slide sizes) and the map without WebGL: see
 *   bench/present.ts;
 * - own data: 100,000 rows loaded and validated in the worker (bench/ownData.ts);
 * - sizes: JS per chunk raw and gzip (MapLibre apart from the app's code), and
 *   the data per boundary version and the library data, raw and gzip.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium } from '@playwright/test';
import { chromiumLaunchOptions } from '../scripts/lib/chromium';
import { benchAnalysis } from './analysis';
import { median, round, timeQuarterChange, waitForMap } from './measure';
import { benchOwnData } from './ownData';
import { benchExport, benchSvgMap } from './present';

const PORT = Number(process.env['BBV_BENCH_PORT'] ?? 4183);
const BASE = `http://127.0.0.1:${PORT}/`;
const COLD_RUNS = 5;
const QUARTER_CHANGES = 40;

const sizeOf = (file: string) => {
  const bytes = readFileSync(file);
  return { raw: bytes.length, gzip: gzipSync(bytes, { level: 9 }).length };
};

function startPreview(): Promise<ChildProcess> {
  // Vite's own entry under this Node (not `npx`): killing `npx` would leave its child server running.
  const vite = join('node_modules', 'vite', 'bin', 'vite.js');
  const server = spawn(process.execPath, [vite, 'preview', '--outDir', 'dist-bench', '--host', '127.0.0.1', '--port', String(PORT), '--strictPort'], { stdio: ['ignore', 'pipe', 'inherit'] });
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error('vite preview did not start within 30 s')), 30_000);
    server.stdout!.on('data', (chunk: Buffer) => {
      if (chunk.toString().includes(String(PORT))) {
        clearTimeout(timer);
        resolve(server);
      }
    });
    server.on('exit', (code) => reject(new Error(`vite preview exited with ${code}`)));
  });
}

async function main() {
  const server = await startPreview();
  const browser = await chromium.launch(chromiumLaunchOptions());
  // tsx compiles this file with esbuild's keepNames, which wraps named inner
  // functions in a `__name(fn, "name")` helper; functions sent to
  // page.evaluate carry that call into the page, where it must exist.
  const newContext = browser.newContext.bind(browser);
  browser.newContext = async (options) => {
    const context = await newContext(options);
    await context.addInitScript('window.__name = (fn) => fn;');
    return context;
  };
  try {
    // Cold loads.
    const coldLoads: number[] = [];
    for (let run = 0; run < COLD_RUNS; run++) {
      const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
      const page = await context.newPage();
      await page.goto(BASE);
      await waitForMap(page);
      coldLoads.push(await page.evaluate(() => performance.now()));
      await context.close();
    }

    // Embed first load, as a 375 px host would see it: time to first map and bytes by kind.
    const embedLoads: { ms: number; jsBytes: number; dataBytes: number; otherBytes: number }[] = [];
    for (let run = 0; run < COLD_RUNS; run++) {
      const embedContext = await browser.newContext({ viewport: { width: 375, height: 700 } });
      const embedPage = await embedContext.newPage();
      await embedPage.goto(`${BASE}?embed=1`);
      await waitForMap(embedPage);
      embedLoads.push(
        await embedPage.evaluate(() => {
          const entries = performance.getEntriesByType('resource') as PerformanceResourceTiming[];
          const bytes = (test: (name: string) => boolean) => entries.filter((e) => test(e.name)).reduce((sum, e) => sum + e.encodedBodySize, 0);
          const isJs = (name: string) => /\.m?js(\?|$)/.test(name);
          const isData = (name: string) => name.includes('/generated/');
          return { ms: performance.now(), jsBytes: bytes(isJs), dataBytes: bytes(isData), otherBytes: bytes((n) => !isJs(n) && !isData(n)) };
        }),
      );
      await embedContext.close();
    }

    const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
    const page = await context.newPage();
    await page.goto(BASE);
    await waitForMap(page);
    const q = (year: number, quarter: number) => year * 4 + quarter - 1;

    // Quarter changes within the 2023 boundary version (2023-Q1..Q4), warm.
    const quarterChanges: number[] = [];
    for (let i = 0; i < QUARTER_CHANGES; i++) quarterChanges.push(await timeQuarterChange(page, q(2023, 1 + (i % 4))));

    // Indicator switch, warm.
    const indicatorChanges: number[] = [];
    for (const indicator of ['sek', 'belastingdienst', 'combined', 'ido', 'sek', 'belastingdienst', 'combined', 'ido']) {
      indicatorChanges.push(
        await page.evaluate(async (id) => {
          const hook = (window as unknown as { __BBV__: { app: { indicator: string }; whenIdle(): Promise<void> } }).__BBV__;
          const start = performance.now();
          hook.app.indicator = id;
          await hook.whenIdle();
          return performance.now() - start;
        }, indicator),
      );
    }

    // Boundary version switches: first visit of each version, then cached.
    const versionFirst: Record<string, number> = {};
    for (const [label, quarter] of [['2022-03-24', q(2022, 2)], ['2022-01-01', q(2022, 1)], ['2021-01-01', q(2021, 1)], ['2019-01-01', q(2020, 4)]] as const) {
      versionFirst[label] = round(await timeQuarterChange(page, quarter));
    }
    const versionCached: number[] = [];
    for (let i = 0; i < 10; i++) versionCached.push(await timeQuarterChange(page, i % 2 ? q(2020, 4) : q(2021, 1)));

    const exportTimings = await benchExport(page);
    await context.close();

    // The analysis: the only place that computes every quarter (see bench/analysis.ts).
    const analysis = await benchAnalysis(browser, BASE);

    // The map without WebGL: the SVG fallback's first map and its quarter changes.
    const svgMap = await benchSvgMap(BASE);

    // Own data: 100,000 rows through the load dialog and the worker.
    const ownData = await benchOwnData(browser, BASE);

    // Sizes.
    const assets = join('dist', 'assets');
    const js = readdirSync(assets).filter((f) => /\.(m?js)$/.test(f)).map((file) => ({ file, ...sizeOf(join(assets, file)) }));
    const css = readdirSync(assets).filter((f) => f.endsWith('.css')).map((file) => ({ file, ...sizeOf(join(assets, file)) }));
    const isMapLibre = (file: string) => /maplibre/.test(file);
    const sum = (items: { raw: number; gzip: number }[]) => items.reduce((a, b) => ({ raw: a.raw + b.raw, gzip: a.gzip + b.gzip }), { raw: 0, gzip: 0 });
    const geoDir = join('dist', 'generated', 'geo');
    const boundaryFiles = readdirSync(geoDir).map((file) => ({ file, ...sizeOf(join(geoDir, file)) }));
    const dataDir = join('dist', 'generated', 'data');
    const dataFiles = readdirSync(dataDir).filter((f) => statSync(join(dataDir, f)).isFile()).map((file) => ({ file, ...sizeOf(join(dataDir, file)) }));

    const results = {
      date: new Date().toISOString(),
      chromium: browser.version(),
      timingsMs: {
        coldLoadToFirstMap: { median: round(median(coldLoads)), runs: coldLoads.map((v) => round(v)) },
        embedFirstLoadToFirstMap: { median: round(median(embedLoads.map((e) => e.ms))), runs: embedLoads.map((e) => round(e.ms)) },
        quarterChangeToIdle: { median: round(median(quarterChanges)), min: round(Math.min(...quarterChanges)), max: round(Math.max(...quarterChanges)), runs: QUARTER_CHANGES },
        indicatorChangeToIdle: { median: round(median(indicatorChanges)) },
        boundaryVersionSwitchFirst: versionFirst,
        boundaryVersionSwitchCached: { median: round(median(versionCached)) },
        export: exportTimings,
        svgMap,
        analysis,
      },
      ownData100k: {
        rows: ownData.rows,
        bytes: ownData.bytes,
        loadMedianMs: round(median(ownData.runs.map((r) => r.loadMs))),
        workerPeakHeapMB: round(Math.max(...ownData.runs.map((r) => r.workerPeakHeapBytes)) / 2 ** 20),
        pagePeakHeapMB: round(Math.max(...ownData.runs.map((r) => r.pagePeakHeapBytes)) / 2 ** 20),
        longestMainThreadTaskMs: round(Math.max(...ownData.runs.map((r) => r.longestTaskMs))),
        longestTimerGapMs: round(Math.max(...ownData.runs.map((r) => r.longestTimerGapMs))),
        runs: ownData.runs.map((r) => Object.fromEntries(Object.entries(r).map(([k, v]) => [k, round(v)]))),
      },
      embedFirstLoadBytes: { js: embedLoads[0]!.jsBytes, data: embedLoads[0]!.dataBytes, other: embedLoads[0]!.otherBytes, note: 'uncompressed as served by vite preview; see gzip sizes below' },
      sizesBytes: {
        jsAppCode: sum(js.filter((f) => !isMapLibre(f.file))),
        jsMapLibre: sum(js.filter((f) => isMapLibre(f.file))),
        jsChunks: js,
        css,
        boundaryVersions: boundaryFiles,
        libraryData: dataFiles,
      },
    };
    mkdirSync(join('bench', 'results'), { recursive: true });
    writeFileSync(join('bench', 'results', 'latest.json'), JSON.stringify(results, null, 2) + '\n');

    const kb = (n: number) => `${round(n / 1024)} KB`;
    console.log(`\nBBV-kaart benchmark (${results.chromium})`);
    console.log(`cold load → first map       median ${results.timingsMs.coldLoadToFirstMap.median} ms  (${coldLoads.map((v) => round(v, 0)).join(', ')})`);
    console.log(`embed (375 px) → first map  median ${results.timingsMs.embedFirstLoadToFirstMap.median} ms; loads JS ${kb(embedLoads[0]!.jsBytes)}, data ${kb(embedLoads[0]!.dataBytes)}, other ${kb(embedLoads[0]!.otherBytes)} (uncompressed)`);
    console.log(`quarter change → idle       median ${results.timingsMs.quarterChangeToIdle.median} ms  (min ${results.timingsMs.quarterChangeToIdle.min}, max ${results.timingsMs.quarterChangeToIdle.max}, n=${QUARTER_CHANGES})`);
    console.log(`indicator change → idle     median ${results.timingsMs.indicatorChangeToIdle.median} ms`);
    console.log(`boundary switch, first      ${Object.entries(versionFirst).map(([k, v]) => `${k}: ${v} ms`).join(', ')}`);
    console.log(`boundary switch, cached     median ${results.timingsMs.boundaryVersionSwitchCached.median} ms`);
    console.log(`export SVG 1920×1080        median ${exportTimings.svg1920x1080.median} ms (${kb(exportTimings.svg1920x1080.bytes)})`);
    console.log(`export PNG 1920×1080        median ${exportTimings.png1920x1080.median} ms (${kb(exportTimings.png1920x1080.bytes)})`);
    console.log(`export PNG 3840×2160        median ${exportTimings.png3840x2160.median} ms (${kb(exportTimings.png3840x2160.bytes)})`);
    console.log(`SVG map (no WebGL) → first  ${svgMap.firstLoadToFirstMap} ms; quarter change median ${svgMap.quarterChangeToIdle.median} ms (max ${svgMap.quarterChangeToIdle.max})`);
    console.log(`analysis open → chart     median ${analysis.openToGrowthChart.median} ms (${analysis.openToGrowthChart.runs.join(', ')}); measure switch ${analysis.measureSwitch.median} ms; change mode → idle ${analysis.changeModeToIdle.median} ms`);
    const own = results.ownData100k;
    console.log(`own data, ${own.rows} rows (${kb(own.bytes)}) median ${own.loadMedianMs} ms to the result; worker heap peak ${own.workerPeakHeapMB} MB, page ${own.pagePeakHeapMB} MB; longest main-thread task ${own.longestMainThreadTaskMs} ms, longest timer gap (10 ms ticks) ${own.longestTimerGapMs} ms`);
    console.log(`JS app code                 ${kb(results.sizesBytes.jsAppCode.raw)} raw, ${kb(results.sizesBytes.jsAppCode.gzip)} gzip`);
    console.log(`JS MapLibre (main+worker)   ${kb(results.sizesBytes.jsMapLibre.raw)} raw, ${kb(results.sizesBytes.jsMapLibre.gzip)} gzip`);
    for (const f of boundaryFiles) console.log(`boundaries ${f.file.padEnd(32)} ${kb(f.raw)} raw, ${kb(f.gzip)} gzip`);
    const data = sum(dataFiles);
    console.log(`library data (${dataFiles.length} files)        ${kb(data.raw)} raw, ${kb(data.gzip)} gzip`);
    console.log(`\nwritten to bench/results/latest.json`);
  } finally {
    await browser.close();
    server.kill();
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
