/**
 * Coverage per province for one indicator and quarter: covered municipalities
 * and residents against the province's totals. Each row is the totals of
 * `getIndicatorTotals` restricted to the province, so a province's bar, its
 * filtered totals panel and its rows in the CSV always agree.
 */
import type { MunicipalityCoverage, QuarterCoverage } from './coverage';
import type { IndicatorId } from './indicators';
import { getIndicatorTotals, type IndicatorTotals } from './totals';

export interface ProvinceCoverage {
  provinceCode: string;
  municipalities: IndicatorTotals['municipalities'];
  /** Residents with a known population; `totalUnknown` municipalities (of which `coveredUnknown` covered) are not counted. */
  population: IndicatorTotals['population'];
  organisations: IndicatorTotals['organisations'];
  openIdoLocations: IndicatorTotals['openIdoLocations'];
}

/** The filter that restricts totals to one province (null: the whole country). */
export function inProvince(provinceCode: string | null): ((item: MunicipalityCoverage) => boolean) | undefined {
  return provinceCode === null ? undefined : (item) => item.municipality.provinceCode === provinceCode;
}

/** The codes of the municipalities (a boundary version's, with their provinces) in a province, or all for null (what the map fits to for a region). */
export function codesInRegion(municipalities: readonly { code: string; province: string }[], region: string | null): string[] {
  return municipalities.filter((municipality) => region === null || municipality.province === region).map((municipality) => municipality.code);
}

/**
 * Results per quarter's coverage (each quarter's is one object for the
 * dataset's life, domain/coverageCache.ts), so a quarter visited again, or
 * asked for by several parts of the screen, costs a look-up: the totals
 * panel, the map's summary (which compares with the quarter before) and the
 * province rows all want the same totals on every step of the time slider.
 */
function perCoverage<T>(): (coverage: QuarterCoverage, key: string, compute: () => T) => T {
  const results = new WeakMap<QuarterCoverage, Map<string, T>>();
  return (coverage, key, compute) => {
    let byKey = results.get(coverage);
    if (!byKey) results.set(coverage, (byKey = new Map()));
    let result = byKey.get(key);
    if (result === undefined) byKey.set(key, (result = compute()));
    return result;
  };
}
const regionTotals = perCoverage<IndicatorTotals>();
const provinceRows = perCoverage<ProvinceCoverage[]>();

/**
 * `getIndicatorTotals` of the whole country (`region` null) or of one
 * province, computed once per quarter, indicator and region. The result is
 * shared: do not change it.
 */
export function getRegionTotals(coverage: QuarterCoverage, indicator: IndicatorId, region: string | null): IndicatorTotals {
  return regionTotals(coverage, `${indicator}/${region ?? ''}`, () => getIndicatorTotals(coverage, indicator, inProvince(region)));
}

/** One row per province with municipalities in the quarter, ordered by province code (computed once per quarter and indicator; do not change it). */
export function getProvinceCoverage(coverage: QuarterCoverage, indicator: IndicatorId): ProvinceCoverage[] {
  return provinceRows(coverage, indicator, () => computeProvinceCoverage(coverage, indicator));
}

function computeProvinceCoverage(coverage: QuarterCoverage, indicator: IndicatorId): ProvinceCoverage[] {
  const codes = [...new Set(coverage.municipalities.map((item) => item.municipality.provinceCode))].sort();
  return codes.map((provinceCode) => {
    const totals = getRegionTotals(coverage, indicator, provinceCode);
    return {
      provinceCode,
      municipalities: totals.municipalities,
      population: totals.population,
      organisations: totals.organisations,
      openIdoLocations: totals.openIdoLocations,
    };
  });
}

export const PROVINCE_SORT_KEYS = ['name', 'municipalityShare', 'populationShare'] as const;
export type ProvinceSortKey = (typeof PROVINCE_SORT_KEYS)[number];

/** Share of municipalities covered, or null for a province without municipalities. */
export function municipalityShare(row: Pick<ProvinceCoverage, 'municipalities'>): number | null {
  return row.municipalities.total > 0 ? row.municipalities.covered / row.municipalities.total : null;
}

/** Share of known residents covered, or null when no resident is known. */
export function populationShare(row: Pick<ProvinceCoverage, 'population'>): number | null {
  return row.population.total > 0 ? row.population.covered / row.population.total : null;
}

/**
 * Sorted copy. Shares sort highest first when descending; an unknown share
 * (null) sorts last in both directions (missing is not zero); ties by name.
 */
export function sortProvinceCoverage(
  rows: readonly ProvinceCoverage[],
  sortBy: ProvinceSortKey,
  descending: boolean,
  provinceName: (code: string) => string,
): ProvinceCoverage[] {
  const byName = (a: ProvinceCoverage, b: ProvinceCoverage) => provinceName(a.provinceCode).localeCompare(provinceName(b.provinceCode), 'nl');
  const direction = descending ? -1 : 1;
  if (sortBy === 'name') return [...rows].sort((a, b) => direction * byName(a, b));
  const share = sortBy === 'municipalityShare' ? municipalityShare : populationShare;
  return [...rows].sort((a, b) => {
    const x = share(a);
    const y = share(b);
    if (x === null || y === null) return (x === null ? 1 : 0) - (y === null ? 1 : 0) || byName(a, b);
    return direction * (x - y) || byName(a, b);
  });
}
