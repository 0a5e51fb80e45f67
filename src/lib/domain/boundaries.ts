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

/**
 * The quarter the screen can show when `wanted` is chosen, given the
 * boundary versions whose shapes are loaded: `wanted` itself once its
 * version is loaded. Until then (or when loading it failed) the screen stays
 * where it was: `shown`, the quarter on screen before, if loaded shapes can
 * still draw it (a jump from 2024 to 2019 keeps 2024, it does not move to a
 * quarter nobody chose). Without one, the quarter nearest to `wanted`,
 * within `first`–`last`, that a loaded version draws (the earlier one on a
 * tie). Null when no version is loaded yet.
 *
 * This is the rule that keeps the screen consistent: map colours, legend,
 * totals and details all describe this one quarter, drawn on its own shapes.
 */
export function drawableQuarter(
  index: GeoIndex,
  wanted: Quarter,
  first: Quarter,
  last: Quarter,
  loaded: ReadonlySet<string>,
  shown: Quarter | null = null,
): Quarter | null {
  const drawable = (quarter: Quarter) => quarter >= first && quarter <= last && loaded.has(boundaryVersionForQuarter(index, quarter).id);
  if (drawable(wanted)) return wanted;
  if (shown !== null && drawable(shown)) return shown;
  for (let distance = 1; distance <= last - first; distance++) {
    for (const quarter of [wanted - distance, wanted + distance]) if (drawable(quarter)) return quarter;
  }
  return null;
}
