/**
 * What the map colours per municipality: the indicator's category in the
 * quarter, or in the change map mode the change since the compared quarter.
 */
import type { ChangeComparison } from './changeComparison';
import type { QuarterCoverage } from './coverage';
import type { CategoryId, IndicatorId } from './indicators';

export function mapCategories(coverage: QuarterCoverage, indicator: IndicatorId, comparison: ChangeComparison | null): Map<string, CategoryId> {
  if (comparison) return new Map(comparison.changes.map((change) => [change.municipality.code, change.category]));
  return new Map(coverage.municipalities.map((item) => [item.municipality.code, item.categories[indicator]]));
}

/** The library locations whose IDO desk is open in the quarter (the map's IDO points). */
export function openIdoLocationIds(coverage: QuarterCoverage): Set<string> {
  return new Set(coverage.openIdoLocations.map((item) => item.location.id));
}
