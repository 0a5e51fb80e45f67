/**
 * The map table (mapTable.ts) worked out from a dataset, by the data build:
 * the same coverage the app computes (domain/coverageCache.ts), reduced to
 * what the map draws.
 */
import { INDICATOR_CATEGORIES, INDICATORS, type IndicatorId } from '../domain/indicators';
import { indexDataset } from '../domain/coverage';
import { createCoverageCache } from '../domain/coverageCache';
import { mapCategories, openIdoLocationIds } from '../domain/mapCategories';
import type { Dataset, GeoIndex } from '../domain/types';
import { toSteppedDifferences } from './compactDataset';
import { createCodeResolver } from './lineage';
import { MAP_TABLE_FORMAT, type MapTableFile } from './mapTable';

export function mapTableFile(dataset: Dataset, geo: GeoIndex): MapTableFile {
  const coverageAt = createCoverageCache(geo, createCodeResolver(geo), indexDataset(dataset));
  const { firstQuarter, lastQuarter } = dataset.meta;
  const categories = Object.fromEntries(INDICATORS.map((indicator) => [indicator, [] as string[]])) as Record<IndicatorId, string[]>;
  /** Per location id, whether its desk is open, quarter by quarter. */
  const openPerQuarter = new Map<string, boolean[]>();
  for (let quarter = firstQuarter; quarter <= lastQuarter; quarter++) {
    const coverage = coverageAt(quarter)!;
    for (const indicator of INDICATORS) {
      const names = INDICATOR_CATEGORIES[indicator] as readonly string[];
      const shown = mapCategories(coverage, indicator, null);
      categories[indicator].push(coverage.municipalities.map((item) => names.indexOf(shown.get(item.municipality.code)!)).join(''));
    }
    for (const id of openIdoLocationIds(coverage)) {
      if (!openPerQuarter.has(id)) openPerQuarter.set(id, []);
      openPerQuarter.get(id)![quarter - firstQuarter] = true;
    }
  }

  // A location's position is where the dataset first places it (one point per id, as data/locationPoints.ts does).
  const positions = new Map<string, [number, number]>();
  for (const location of dataset.locations) if (!positions.has(location.id)) positions.set(location.id, [location.lon, location.lat]);
  // West to east: neighbouring points have small differences, which the stepped columns and gzip keep short.
  const ids = [...openPerQuarter.keys()].sort((a, b) => positions.get(a)![0] - positions.get(b)![0] || (a < b ? -1 : 1));
  const lon = ids.map((id) => positions.get(id)![0]);
  const lat = ids.map((id) => positions.get(id)![1]);
  const steppedLon = toSteppedDifferences(lon);
  const steppedLat = toSteppedDifferences(lat);
  const stepped = steppedLon !== null && steppedLat !== null;
  const openChanges = ids.map((id) => {
    const open = openPerQuarter.get(id)!;
    const changes: number[] = [];
    for (let offset = 0; offset <= lastQuarter - firstQuarter; offset++) if ((open[offset] === true) !== changes.length % 2 > 0) changes.push(offset);
    return changes;
  });

  return {
    format: MAP_TABLE_FORMAT,
    meta: dataset.meta,
    organisationIds: dataset.organisations.map((organisation) => organisation.id),
    categories,
    idoLocations: { ids, stepped, lon: stepped ? steppedLon : lon, lat: stepped ? steppedLat : lat, openChanges },
  };
}
