/**
 * An area the analysis compares with the whole country: a province, or a
 * municipality followed through herindelingen. In every quarter an area is a
 * set of municipalities of that quarter's boundary version, so its totals come
 * from the same `getIndicatorTotals` as the national ones.
 *
 * A municipality is given with a quarter in which its code exists (the
 * slider's quarter, where it is selected).
 * In earlier quarters it stands for its predecessors (Eemsdelta in 2020 is
 * Appingedam, Delfzijl and Loppersum; Tilburg in 2020 is Tilburg and Haaren,
 * part of which became Tilburg); in later quarters for what it became
 * (Weesp in 2023 is Amsterdam).
 */
import type { CodeResolver } from './types';
import type { MunicipalityCoverage, QuarterCoverage } from './coverage';
import type { Quarter } from './quarter';

export type AnalysisArea = { kind: 'province'; code: string } | { kind: 'municipality'; code: string; quarter: Quarter };

/** Codes of the coverage's boundary version that make up the area in that quarter. */
export function areaMembers(area: AnalysisArea, coverage: QuarterCoverage, resolver: CodeResolver): Set<string> {
  if (area.kind === 'province') {
    return new Set(coverage.municipalities.filter((item) => item.municipality.provinceCode === area.code).map((item) => item.municipality.code));
  }
  if (coverage.quarter === area.quarter) return new Set(coverage.byCode.has(area.code) ? [area.code] : []);
  if (coverage.quarter > area.quarter) {
    // Forward: what the municipality became.
    return new Set(resolver.resolve(area.code, coverage.quarter).map((target) => target.code).filter((code) => coverage.byCode.has(code)));
  }
  // Backward: the municipalities of the earlier version that (partly) became it.
  return new Set(
    coverage.municipalities
      .map((item) => item.municipality.code)
      .filter((code) => resolver.resolve(code, area.quarter).some((target) => target.code === area.code)),
  );
}

/** The filter for `getIndicatorTotals` that keeps the area's municipalities. */
export function inArea(area: AnalysisArea, coverage: QuarterCoverage, resolver: CodeResolver): (item: MunicipalityCoverage) => boolean {
  const members = areaMembers(area, coverage, resolver);
  return (item) => members.has(item.municipality.code);
}
