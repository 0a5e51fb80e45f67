/**
 * `npm run bench`: speed and size of the built app, measured in Debian's
 * headless Chromium against dist-bench/ (the production build with the test
 * hook the timings wait on) served gzip-encoded (scripts/lib/staticServer.ts);
 * sizes are read from dist/, the build as deployed.
 * Prints a table and writes bench/results/latest.json.
 *
 * The headline figures are ratios to a floor page on the same data in the
 * same run (bench/baseline, a plain d3-geo SVG choropleth with a range
 * input), measured interleaved with the app as a visitor gets it (automatic
 * renderer), with MapLibre forced, and as an embed: see bench/floor.ts.
 *
 * Besides those:
 * - indicator switch, warm: setting the indicator until the map is idle;
 * - export (SVG, PNG at slide sizes) and the map without WebGL: bench/present.ts;
 * - the analysis: bench/analysis.ts;
 * - the first uses after a look at the map (a municipality's details, the
 *   table): bench/firstUse.ts;
 * - own data: 100,000 rows loaded and validated in the worker (bench/ownData.ts);
 * - sizes: JS per chunk raw and gzip (MapLibre apart from the app's code), and
 *   the data per boundary version and the library data, raw and gzip.
 */
import { mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium } from '@playwright/test';
import { build } from 'vite';
import { chromiumLaunchOptions } from '../scripts/lib/chromium';
import { startStaticServer } from '../scripts/lib/staticServer';
import { benchAnalysis } from './analysis';
import { buildBaselineData } from './baselineData';
import { benchFirstUse } from './firstUse';
import { benchAgainstFloor, floorTable, pairedColdLoadRatios } from './floor';
import { median, openWithMap, round } from './measure';
import { benchOwnData } from './ownData';
import { benchExport, benchSvgMap } from './present';

const PORT = Number(process.env['BBV_BENCH_PORT'] ?? 4183);
// Twenty-one: with five, one slow moment of the machine moved a median by a third; with eleven, two runs of the same
// build put the dashboard's cold load at 1.51× and 1.65× the floor page.
const COLD_RUNS = Number(process.env['BBV_BENCH_COLD_RUNS'] ?? 21);
const QUARTER_SWITCHES = Number(process.env['BBV_BENCH_SWITCHES'] ?? 36);

const sizeOf = (file: string) => {
  const bytes = readFileSync(file);
  return { raw: bytes.length, gzip: gzipSync(bytes, { level: 9 }).length };
};

function printFloor(chromiumVersion: string, table: ReturnType<typeof floorTable>, floor: Awaited<ReturnType<typeof benchAgainstFloor>>) {
  console.log(`\nBBV-kaart benchmark (Chromium ${chromiumVersion}): the app against the floor page (plain d3-geo SVG choropleth); ratio = app / floor`);
  const cell = (c: { value: number; ratio: number }) => (Number.isNaN(c.value) ? '—' : `${c.value} (${c.ratio}×)`);
  console.log('| figure | floor | app, automatic renderer | app, MapLibre forced | embed, automatic |');
  console.log('| --- | ---: | ---: | ---: | ---: |');
  for (const row of table) console.log(`| ${row.figure} | ${row.floor} | ${cell(row.auto)} | ${cell(row.webgl)} | ${cell(row.embed)} |`);
  for (const kind of ['auto', 'webgl', 'embed'] as const) {
    const paired = pairedColdLoadRatios(floor, kind);
    console.log(`cold load run by run, ${kind} / floor of the same run: median ${paired.median}×, range ${paired.min}–${paired.max}× (${paired.runs.length} runs)`);
  }
  for (const kind of ['floor', 'auto', 'webgl', 'embed'] as const) console.log(`slowest interaction, ${kind}: ${round(floor[kind].slowest.duration)} ms (${floor[kind].slowest.name || 'none over 16 ms'})`);
}

async function buildFloorPage(): Promise<string> {
  const outDir = resolve('bench', '.build', 'baseline');
  await build({ configFile: false, root: resolve('bench', 'baseline'), base: './', logLevel: 'warn', build: { outDir, emptyOutDir: true, target: 'es2022' } });
  writeFileSync(join(outDir, 'categories.json'), JSON.stringify(buildBaselineData('dist')));
  return outDir;
}

async function main() {
  const floorDir = await buildFloorPage();
  // dist-bench/: the production build with the test hook the timings wait on; sizes are read from dist/, as deployed.
  const server = await startStaticServer(PORT, { '/': 'dist-bench', '/baseline/': floorDir });
  const BASE = server.base;
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
    // The product against the floor page: cold load, bytes, quarter and boundary switches, slowest interaction.
    const floor = await benchAgainstFloor(browser, BASE, { coldRuns: COLD_RUNS, quarterSwitches: QUARTER_SWITCHES });
    const table = floorTable(floor);

    if (process.env['BBV_BENCH_ONLY_FLOOR']) {
      printFloor(browser.version(), table, floor);
      return;
    }

    const { context, page } = await openWithMap(browser, BASE);

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

    const exportTimings = await benchExport(page);
    await context.close();

    // The analysis: the only place that computes every quarter (see bench/analysis.ts).
    const analysis = await benchAnalysis(browser, BASE);

    // The first uses after a look at the map: a municipality's details, the table.
    const firstUse = await benchFirstUse(browser, BASE);

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
    const boundaryFiles = readdirSync(geoDir).filter((f) => !/\.(gz|br)$/.test(f)).map((file) => ({ file, ...sizeOf(join(geoDir, file)) }));
    const dataDir = join('dist', 'generated', 'data');
    const dataFiles = readdirSync(dataDir).filter((f) => statSync(join(dataDir, f)).isFile() && !/\.(gz|br)$/.test(f)).map((file) => ({ file, ...sizeOf(join(dataDir, file)) }));

    const results = {
      date: new Date().toISOString(),
      chromium: browser.version(),
      againstFloor: { table, coldLoadRunByRun: { auto: pairedColdLoadRatios(floor, 'auto'), webgl: pairedColdLoadRatios(floor, 'webgl'), embed: pairedColdLoadRatios(floor, 'embed') }, runs: floor },
      timingsMs: {
        indicatorChangeToIdle: { median: round(median(indicatorChanges)) },
        export: exportTimings,
        svgMap,
        analysis,
        firstUse,
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
    printFloor(results.chromium, table, floor);
    console.log(`\nindicator change → idle     median ${results.timingsMs.indicatorChangeToIdle.median} ms`);
    console.log(`export SVG 1920×1080        median ${exportTimings.svg1920x1080.median} ms (${kb(exportTimings.svg1920x1080.bytes)})`);
    console.log(`export PNG 1920×1080        median ${exportTimings.png1920x1080.median} ms (${kb(exportTimings.png1920x1080.bytes)})`);
    console.log(`export PNG 3840×2160        median ${exportTimings.png3840x2160.median} ms (${kb(exportTimings.png3840x2160.bytes)})`);
    console.log(`SVG map (no WebGL) → first  ${svgMap.firstLoadToFirstMap} ms; quarter change median ${svgMap.quarterChangeToIdle.median} ms (max ${svgMap.quarterChangeToIdle.max})`);
    console.log(`analysis open → chart     median ${analysis.openToGrowthChart.median} ms (${analysis.openToGrowthChart.runs.join(', ')}); measure switch ${analysis.measureSwitch.median} ms; change mode → idle ${analysis.changeModeToIdle.median} ms`);
    console.log(`first uses after a look at the map: municipality click ${firstUse.firstMunicipalityClick.median} ms (max ${firstUse.firstMunicipalityClick.max}); table open ${firstUse.tableOpen.median} ms (max ${firstUse.tableOpen.max}), every row ${firstUse.tableComplete.median} ms (max ${firstUse.tableComplete.max})`);
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
    await server.close();
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
