/** Which boundary version a quarter is drawn on. */
import { quarterFirstDay, type Quarter } from './quarter';
import type { BoundaryVersion, GeoIndex } from './types';

/**
 * The version valid on the quarter's first day (2022-Q1 → 2022-01-01,
 * 2022-Q2 → 2022-03-24). Quarters before the first version use the first.
 */
export function boundaryVersionForQuarter(index: GeoIndex, quarter: Quarter): BoundaryVersion {
  const firstDay = quarterFirstDay(quarter);
  let chosen = index.versions[0];
  if (!chosen) throw new Error('The geo index has no boundary versions');
  // ISO dates compare correctly as strings.
  for (const version of index.versions) if (version.validFrom <= firstDay) chosen = version;
  return chosen;
}
