/**
 * Coverage per province for one indicator and quarter: covered municipalities
 * and residents against the province's totals.
 */
import type { QuarterCoverage } from './coverage';
import { COVERED_CATEGORIES, type IndicatorId } from './indicators';

export interface ProvinceCoverage {
  provinceCode: string;
  municipalities: { covered: number; total: number };
  /** Residents with a known population; `unknown` counts municipalities without one. */
  population: { covered: number; total: number; unknown: number };
}

export function getProvinceCoverage(coverage: QuarterCoverage, indicator: IndicatorId): ProvinceCoverage[] {
  const covered = COVERED_CATEGORIES[indicator];
  const byProvince = new Map<string, ProvinceCoverage>();
  for (const item of coverage.municipalities) {
    const code = item.municipality.provinceCode;
    let province = byProvince.get(code);
    if (!province) {
      province = { provinceCode: code, municipalities: { covered: 0, total: 0 }, population: { covered: 0, total: 0, unknown: 0 } };
      byProvince.set(code, province);
    }
    const isCovered = covered.has(item.categories[indicator]);
    province.municipalities.total++;
    if (isCovered) province.municipalities.covered++;
    const residents = item.municipality.population;
    if (residents === null) province.population.unknown++;
    else {
      province.population.total += residents;
      if (isCovered) province.population.covered += residents;
    }
  }
  return [...byProvince.values()].sort((a, b) => a.provinceCode.localeCompare(b.provinceCode));
}
