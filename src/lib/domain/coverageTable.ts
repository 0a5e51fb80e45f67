/**
 * The table view's rows: one per municipality of the quarter, with the same
 * categories and counts as the map (it reads the same QuarterCoverage), and
 * since when each has its category of the indicator on screen.
 */
import type { MunicipalityCoverage, QuarterCoverage } from './coverage';
import type { CategoryId, IndicatorId } from './indicators';
import { normaliseName } from './names';
import type { Quarter } from './quarter';
import type { Province } from './types';

export interface CoverageRow {
  code: string;
  name: string;
  provinceCode: string;
  provinceName: string;
  population: number | null;
  ido: CategoryId;
  sek: CategoryId;
  belastingdienst: CategoryId;
  combined: CategoryId;
  openIdoLocations: number;
  idoPer100k: number | null;
  organisations: string[];
  /** The first quarter of the unbroken run in which the municipality has had its category of the indicator on screen. */
  since: Quarter;
}

export const TABLE_SORT_KEYS = ['name', 'provinceName', 'population', 'ido', 'sek', 'belastingdienst', 'combined', 'since', 'openIdoLocations'] as const;
export type TableSortKey = (typeof TABLE_SORT_KEYS)[number];

export interface TableOptions {
  sortBy: TableSortKey;
  descending: boolean;
  /** Only this province, or all when null. */
  provinceCode: string | null;
  /** Only municipalities in this category of this indicator (a legend entry), or all when null. */
  category?: { indicator: IndicatorId; category: CategoryId } | null;
  /** Only rows whose municipality, code, province or organisation contains these words (accents and case ignored). */
  text?: string;
  /** Category order per indicator, so sorting by a status follows the legend. */
  categoryOrder: (category: CategoryId) => number;
}

/** `sinceOf`: since when the municipality has its category of the indicator on screen (details.ts `sinceQuarter`, the detail card's "since"). */
export function getCoverageRows(
  coverage: QuarterCoverage,
  provinces: readonly Province[],
  organisationName: (id: string) => string,
  sinceOf: (item: MunicipalityCoverage) => Quarter,
): CoverageRow[] {
  const provinceNames = new Map(provinces.map((p) => [p.code, p.name]));
  return coverage.municipalities.map((item) => ({
    code: item.municipality.code,
    name: item.municipality.name,
    provinceCode: item.municipality.provinceCode,
    provinceName: provinceNames.get(item.municipality.provinceCode) ?? item.municipality.provinceCode,
    population: item.municipality.population,
    ...item.categories,
    openIdoLocations: item.openIdoLocationIds.length,
    idoPer100k: item.idoPer100k,
    organisations: item.servingOrganisationIds.map(organisationName),
    since: sinceOf(item),
  }));
}

const searchable = new WeakMap<CoverageRow, string>();
/** What the text filter looks in: name, code, province and organisations, normalised once per row. */
function searchableText(row: CoverageRow): string {
  let text = searchable.get(row);
  if (text === undefined) {
    text = normaliseName([row.name, row.code, row.provinceName, ...row.organisations].join(' '));
    searchable.set(row, text);
  }
  return text;
}

/** Filters and sorts; unknown populations sort last in both directions (missing is not zero). */
export function sortAndFilterRows(rows: readonly CoverageRow[], options: TableOptions): CoverageRow[] {
  const words = normaliseName(options.text ?? '').split(' ').filter(Boolean);
  const category = options.category ?? null;
  const filtered = rows.filter(
    (r) =>
      (!options.provinceCode || r.provinceCode === options.provinceCode) &&
      (!category || r[category.indicator] === category.category) &&
      (words.length === 0 || words.every((word) => searchableText(r).includes(word))),
  );
  const direction = options.descending ? -1 : 1;
  const key = options.sortBy;
  return filtered.sort((a, b) => {
    let order: number;
    if (key === 'name' || key === 'provinceName') order = a[key].localeCompare(b[key], 'nl');
    else if (key === 'population') {
      if (a.population === null || b.population === null) return (a.population === null ? 1 : 0) - (b.population === null ? 1 : 0);
      order = a.population - b.population;
    } else if (key === 'openIdoLocations') order = a.openIdoLocations - b.openIdoLocations;
    else if (key === 'since') order = a.since - b.since;
    else order = options.categoryOrder(a[key]) - options.categoryOrder(b[key]);
    return order * direction || a.name.localeCompare(b.name, 'nl');
  });
}
