/**
 * The data of the benchmark's floor (bench/baseline): the categories of the
 * default indicator per quarter, computed here with the app's own domain
 * code from the built data in dist/generated, so the floor page only paints.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { boundaryVersionForQuarter } from '../src/lib/domain/boundaries';
import { createCodeResolver } from '../src/lib/data/lineage';
import { DATASET_FILES, parseDataset } from '../src/lib/data/parseDataset';
import { indexDataset } from '../src/lib/domain/coverage';
import { createCoverageCache } from '../src/lib/domain/coverageCache';
import { INDICATOR_CATEGORIES, type CategoryId } from '../src/lib/domain/indicators';
import { quarterKey, quarterRange } from '../src/lib/domain/quarter';
import type { GeoIndex } from '../src/lib/domain/types';
import { CATEGORY_COLOURS } from '../src/lib/scales/palette';

export interface BaselineData {
  indicator: 'ido';
  /** Per quarter, oldest first: its key and boundary version. */
  quarters: { key: string; version: string }[];
  /** Per version: its TopoJSON (relative to dist/), municipality codes in a fixed order and each one's province (for the province borders). */
  versions: { id: string; file: string; codes: string[]; provinces: string[] }[];
  /** Fill per category index. */
  colours: string[];
  /** Per quarter: one character per code of its version, '0' + category index. */
  values: string[];
}

export function buildBaselineData(distDir: string): BaselineData {
  const generated = join(distDir, 'generated');
  const geo = JSON.parse(readFileSync(join(generated, 'geo', 'index.json'), 'utf8')) as GeoIndex;
  const files = Object.fromEntries(DATASET_FILES.map((name) => [name, readFileSync(join(generated, 'data', name), 'utf8')]));
  const { dataset } = parseDataset(files, geo);
  if (!dataset) throw new Error(`${generated}/data: the built data does not parse; run npm run build`);
  const coverageAt = createCoverageCache(geo, createCodeResolver(geo), indexDataset(dataset));
  const categories: CategoryId[] = [...INDICATOR_CATEGORIES.ido];
  const quarters = quarterRange(dataset.meta.firstQuarter, dataset.meta.lastQuarter);
  const versions = geo.versions.map((v) => ({ id: v.id, file: `generated/${v.topologyFile}`, codes: v.municipalities.map((m) => m.code), provinces: v.municipalities.map((m) => m.provinceCode) }));
  return {
    indicator: 'ido',
    quarters: quarters.map((q) => ({ key: quarterKey(q), version: boundaryVersionForQuarter(geo, q).id })),
    versions,
    colours: categories.map((c) => CATEGORY_COLOURS[c]),
    values: quarters.map((q) => {
      const coverage = coverageAt(q)!;
      const codes = versions.find((v) => v.id === boundaryVersionForQuarter(geo, q).id)!.codes;
      return codes.map((code) => String.fromCharCode(48 + categories.indexOf(coverage.byCode.get(code)?.categories.ido ?? 'no-data'))).join('');
    }),
  };
}
