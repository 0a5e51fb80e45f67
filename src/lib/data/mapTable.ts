/**
 * The map table: what the map draws for the default dataset, worked out by
 * the data build (`mapTableFile` in mapTableBuild.ts) and written beside
 * dataset.json. Per quarter and indicator it holds each municipality's
 * category, and for the IDO points the desks' positions and the quarters in
 * which they are open; with the dataset's description and its organisations'
 * ids, so a link can be checked.
 *
 * Why: a first visit draws its map from this file (about 8 KB gzip) instead of
 * from the dataset (28 KB gzip, then decoded, indexed and its coverage worked
 * out before anything is drawn). The dataset is asked for once the first map
 * is on screen; from then on everything is computed from it as before, and
 * the table is no longer read. A unit test checks, for every quarter and
 * indicator of the built data, that the table says what the coverage says.
 */
import type { Feature, FeatureCollection, Point } from 'geojson';
import type { CategoryId, IndicatorId } from '../domain/indicators';
import { INDICATOR_CATEGORIES, INDICATORS } from '../domain/indicators';
import type { Quarter } from '../domain/quarter';
import type { BoundaryVersion, DatasetMeta } from '../domain/types';
import { fromSteppedDifferences } from './compactDataset';
import { MAP_TABLE_FILE } from './mapTableName';

export const MAP_TABLE_FORMAT = 'bbv-kaart/map-table/1';

export interface MapTableFile {
  format: typeof MAP_TABLE_FORMAT;
  meta: DatasetMeta;
  organisationIds: string[];
  /**
   * Per indicator, one string per quarter from `meta.firstQuarter` on: a digit
   * per municipality of the quarter's boundary version, in the geo index's
   * order, the index of its category in INDICATOR_CATEGORIES.
   */
  categories: Record<IndicatorId, string[]>;
  /** Every location whose IDO desk is open in some quarter, ordered west to east. */
  idoLocations: {
    ids: string[];
    /** Positions: differences of whole steps of a degree (compactDataset's), or plain degrees when `stepped` is false. */
    stepped: boolean;
    lon: number[];
    lat: number[];
    /** Per location, the quarters (offsets from `meta.firstQuarter`) at which it opens, closes, opens again, … */
    openChanges: number[][];
  };
}

/** What the map shows of a quarter and indicator, as the coverage would give it (domain/mapCategories.ts). */
export interface MapTableQuarter {
  categories: Map<string, CategoryId>;
  open: Set<string>;
}

export interface MapTable {
  meta: DatasetMeta;
  organisationIds: ReadonlySet<string>;
  /** The IDO points, one feature per location id (as data/locationPoints.ts gives them). */
  points: FeatureCollection<Point, { id: string }>;
  /** The quarter's categories on the boundary version's municipalities, and the open desks; null outside the data's quarters. */
  at(quarter: Quarter, indicator: IndicatorId, version: BoundaryVersion): MapTableQuarter | null;
}

/** Whether a desk is open at the quarter `offset`, by the quarters at which it opens and closes in turn. */
function isOpenAt(changes: readonly number[], offset: number): boolean {
  let open = false;
  for (const at of changes) {
    if (at > offset) break;
    open = !open;
  }
  return open;
}

function invalid(what: string): Error {
  return new Error(`${MAP_TABLE_FILE}: ${what}: build the data again with \`npm run data\``);
}

/**
 * The table back from the file's JSON. It comes from our own data build, so
 * only its layout is checked; a quarter whose municipalities do not match
 * the geo index's (a deploy that copied part of the build) throws when asked for.
 */
export function readMapTable(json: unknown): MapTable {
  const file = json as Partial<MapTableFile> | null;
  if (!file || file.format !== MAP_TABLE_FORMAT || !file.meta || !file.categories || !file.idoLocations || !Array.isArray(file.organisationIds)) {
    throw invalid(`not in the layout this app reads (${MAP_TABLE_FORMAT})`);
  }
  const { meta, categories } = file;
  const quarters = meta.lastQuarter - meta.firstQuarter + 1;
  if (INDICATORS.some((indicator) => categories[indicator]?.length !== quarters)) throw invalid(`one category string per quarter and indicator expected`);
  const { ids, stepped, lon, lat, openChanges } = file.idoLocations;
  if ([lon, lat, openChanges].some((column) => column.length !== ids.length)) throw invalid('the IDO locations\' columns differ in length');
  const lons = stepped ? fromSteppedDifferences(lon) : lon;
  const lats = stepped ? fromSteppedDifferences(lat) : lat;
  const features: Feature<Point, { id: string }>[] = ids.map((id, i) => ({ type: 'Feature', geometry: { type: 'Point', coordinates: [lons[i]!, lats[i]!] }, properties: { id } }));
  // The open desks of a quarter when it is first shown: a first visit shows one quarter of twenty.
  const openByQuarter = new Map<number, Set<string>>();
  const openAt = (offset: number): Set<string> => {
    let open = openByQuarter.get(offset);
    if (!open) {
      open = new Set(ids.filter((_, i) => isOpenAt(openChanges[i]!, offset)));
      openByQuarter.set(offset, open);
    }
    return open;
  };

  return {
    meta,
    organisationIds: new Set(file.organisationIds),
    points: { type: 'FeatureCollection', features },
    at(quarter, indicator, version) {
      const offset = quarter - meta.firstQuarter;
      if (offset < 0 || offset >= quarters) return null;
      const digits = categories[indicator][offset]!;
      if (digits.length !== version.municipalities.length) throw invalid(`${version.municipalities.length} municipalities in boundary version ${version.id}, ${digits.length} in the table`);
      const names = INDICATOR_CATEGORIES[indicator] as readonly CategoryId[];
      return {
        categories: new Map(version.municipalities.map((municipality, i) => [municipality.code, names[Number(digits[i])]!])),
        open: openAt(offset),
      };
    },
  };
}
