/**
 * `npm run data -- --in <folder>` (and `npm run data:build`, the same without
 * arguments): validates the shared boundaries and a folder of library data in
 * any accepted form (docs/data.md) and writes what the app loads into
 * public/generated/: boundaries, the data in canonical form, the published
 * figures and the downloadable templates. Exits non-zero, writing nothing,
 * when the data has an error.
 *
 *   --in <folder>          library data folder (else BBV_DATA_DIR, else data/example)
 *   --check                validate and report only; write nothing
 *   --strip-invisible      take invisible characters (zero-width and no-break spaces copied from a web page) out of ids, codes and quarters, with a note
 *   BBV_GEO_DIR            boundary folder (default ../shared/geo)
 *   BBV_PUBLISHED_FIGURES  published figures CSV (default ../shared/data/gepubliceerde-cijfers.csv)
 */
import { copyFileSync, cpSync, existsSync, mkdirSync, mkdtempSync, renameSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { buildAnnotations } from './build-annotations';
import { escapeControl } from '../src/lib/data/visibleText';
import { buildDataset, validateDataFolder } from './build-dataset';
import { buildGeo } from './build-geo';
import { defaultGeoDir, defaultPublishedFiguresFile, readSharedGeo, REPO_ROOT } from './lib/readSharedGeo';

const args = process.argv.slice(2);
const usage = 'usage: npm run data -- [--in <folder>] [--check] [--strip-invisible]';
if (args.includes('--help') || args.includes('-h')) {
  console.log(usage);
  process.exit(0);
}
const inAt = args.indexOf('--in');
if (inAt >= 0 && !args[inAt + 1]) {
  console.error(`data: --in needs a folder\n${usage}`);
  process.exit(2);
}
const unknown = args.filter((arg, i) => arg.startsWith('-') && !['--in', '--check', '--strip-invisible'].includes(arg) && args[i - 1] !== '--in');
if (unknown.length) {
  console.error(`data: unknown option ${unknown.join(' ')}\n${usage}`);
  process.exit(2);
}

const outDir = join(REPO_ROOT, 'public', 'generated');
const geoDir = defaultGeoDir();
const exampleDir = join(REPO_ROOT, 'data', 'example');
const dataDir = resolve(inAt >= 0 ? args[inAt + 1]! : (process.env['BBV_DATA_DIR'] ?? exampleDir));
const publishedFile = defaultPublishedFiguresFile();
const parseOptions = { stripInvisible: args.includes('--strip-invisible') };

try {
  const started = performance.now();
  if (args.includes('--check')) {
    const { index, topologies } = readSharedGeo(geoDir);
    const { dataset } = validateDataFolder(dataDir, index, topologies, parseOptions);
    const annotations = buildAnnotations(dataDir, null);
    console.log(escapeControl(`data: ${dataDir} is valid: ${dataset.organisations.length} organisations, ${dataset.locations.length} location rows, ${annotations.summary}; nothing written (--check)`));
  } else {
    if (!existsSync(publishedFile)) throw new Error(`${publishedFile} is missing: set BBV_PUBLISHED_FIGURES to the published figures CSV`);
    // Build into a fresh folder and swap it in at the end: a failed build leaves the previous output as it was.
    mkdirSync(join(REPO_ROOT, 'public'), { recursive: true });
    const staging = mkdtempSync(join(tmpdir(), 'bbv-generated-'));
    try {
      const geo = buildGeo(geoDir, staging);
      const data = buildDataset(dataDir, exampleDir, geo.index, geo.topologies, staging, parseOptions);
      const annotations = buildAnnotations(dataDir, staging);
      copyFileSync(publishedFile, join(staging, 'gepubliceerde-cijfers.csv'));
      rmSync(outDir, { recursive: true, force: true });
      moveFolder(staging, outDir);
      console.log(
        escapeControl(`data: ${geo.index.versions.length} boundary versions (${Math.round(geo.bytes / 1024)} KB) from ${geoDir}; ` +
          `${data.summary}, ${annotations.summary} from ${dataDir}; written to public/generated in ${Math.round(performance.now() - started)} ms`),
      );
    } finally {
      rmSync(staging, { recursive: true, force: true });
    }
  }
} catch (error) {
  console.error(escapeControl(`data failed: ${(error as Error).message}`));
  process.exit(1);
}

/** rename, or copy when the temporary folder is on another file system. */
function moveFolder(from: string, to: string) {
  try {
    renameSync(from, to);
  } catch {
    cpSync(from, to, { recursive: true });
  }
}
