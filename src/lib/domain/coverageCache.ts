/**
 * Coverage of any quarter of one dataset, computed once per quarter: playing,
 * "since when" in the detail panel, the time series and the change mode all
 * revisit quarters, and each visit must give the same object.
 */
import { boundaryVersionForQuarter } from './boundaries';
import type { CodeResolver } from './types';
import { getQuarterCoverage, type DatasetIndex, type QuarterCoverage } from './coverage';
import { mergeGroups, type MergeGroup } from './populationBase';
import type { Quarter } from './quarter';
import type { GeoIndex } from './types';

/** Coverage of a quarter of the dataset, or null outside the dataset's quarters. */
export interface CoverageAt {
  (quarter: Quarter): QuarterCoverage | null;
  /** Whether the quarter's coverage is computed already (work done ahead is found, not done again). */
  has(quarter: Quarter): boolean;
}

export function createCoverageCache(geo: GeoIndex, resolver: CodeResolver, index: DatasetIndex): CoverageAt {
  const cache = new Map<Quarter, QuarterCoverage>();
  const groups = new Map<string, MergeGroup[]>();
  const { firstQuarter, lastQuarter } = index.dataset.meta;
  const coverageAt = (quarter: Quarter) => {
    if (quarter < firstQuarter || quarter > lastQuarter) return null;
    let coverage = cache.get(quarter);
    if (!coverage) {
      const version = boundaryVersionForQuarter(geo, quarter);
      if (!groups.has(version.id)) groups.set(version.id, mergeGroups(geo, geo.versions.indexOf(version)));
      coverage = getQuarterCoverage(index, resolver, version.municipalities, quarter, groups.get(version.id));
      cache.set(quarter, coverage);
    }
    return coverage;
  };
  return Object.assign(coverageAt, { has: (quarter: Quarter) => cache.has(quarter) });
}
