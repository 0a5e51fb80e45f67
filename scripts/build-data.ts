/**
 * `npm run data:build`: validates the shared boundaries and the library data
 * and writes what the app loads into public/generated/.
 *
 *   BBV_GEO_DIR            boundary folder (default ../shared/geo)
 *   BBV_DATA_DIR           library data folder (default data/example)
 *   BBV_PUBLISHED_FIGURES  published figures CSV (default ../shared/data/gepubliceerde-cijfers.csv)
 */
import { copyFileSync, existsSync, mkdirSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { buildAnnotations } from './build-annotations';
import { buildDataset } from './build-dataset';
import { buildGeo } from './build-geo';
import { defaultGeoDir, defaultPublishedFiguresFile, REPO_ROOT } from './lib/readSharedGeo';

const outDir = join(REPO_ROOT, 'public', 'generated');
const geoDir = defaultGeoDir();
const dataDir = resolve(process.env['BBV_DATA_DIR'] ?? join(REPO_ROOT, 'data', 'example'));
const publishedFile = defaultPublishedFiguresFile();

try {
  const started = performance.now();
  // Build into a fresh folder so nothing stale from an earlier build is served.
  rmSync(outDir, { recursive: true, force: true });
  mkdirSync(outDir, { recursive: true });
  const geo = buildGeo(geoDir, outDir);
  const data = buildDataset(dataDir, geo.index, geo.topologies, outDir);
  const annotations = buildAnnotations(dataDir, outDir);
  if (!existsSync(publishedFile)) throw new Error(`${publishedFile} is missing: set BBV_PUBLISHED_FIGURES to the published figures CSV`);
  copyFileSync(publishedFile, join(outDir, 'gepubliceerde-cijfers.csv'));
  console.log(
    `data:build: ${geo.index.versions.length} boundary versions (${Math.round(geo.bytes / 1024)} KB) from ${geoDir}; ` +
      `${data.summary}, ${annotations.summary} from ${dataDir}; written to public/generated in ${Math.round(performance.now() - started)} ms`,
  );
} catch (error) {
  console.error(`data:build failed: ${(error as Error).message}`);
  process.exit(1);
}
