/**
 * What changed between two quarters, per municipality of the quarter on the
 * map: newly reached, no longer reached, still reached, still not reached, or
 * no data. The pipeline:
 *
 *   the two quarters in time order (earlier → later)
 *     → each municipality on the map gets its counterparts in the other
 *       quarter's boundary version through the herindeling lineage
 *     → its status in each quarter: reached / not reached / unknown
 *     → one change category, counted for the legend
 *
 * Counterparts: when the other quarter is earlier, the municipalities that
 * (partly) became this one (Eemsdelta ← Appingedam, Delfzijl, Loppersum;
 * Tilburg ← Tilburg and part of Haaren); when it is later, what this one
 * became. The status of several counterparts together is "reached" when any
 * was reached (the area was, at least in part), "not reached" when all are
 * known to be not reached, and unknown otherwise: missing is not zero.
 */
import type { CodeResolver } from './types';
import type { MunicipalityCoverage, QuarterCoverage } from './coverage';
import { CHANGE_CATEGORIES, COVERED_CATEGORIES, type CategoryId, type ChangeCategory, type IndicatorId } from './indicators';
import type { Quarter } from './quarter';
import type { Municipality } from './types';

export type ReachStatus = 'reached' | 'not-reached' | 'unknown';

export interface MunicipalityChange {
  municipality: Municipality;
  category: ChangeCategory;
  /** Status in the earlier and the later quarter (for this municipality's area). */
  earlier: ReachStatus;
  later: ReachStatus;
  /** Codes in the other quarter's version this municipality was compared with, when not just itself (a herindeling). */
  comparedWith: string[];
}

export interface ChangeComparison {
  earlier: Quarter;
  later: Quarter;
  /** The quarter whose boundary version the changes are given in (the one on the map). */
  shown: Quarter;
  changes: MunicipalityChange[];
  byCode: Map<string, MunicipalityChange>;
}

function statusOf(category: CategoryId, indicator: IndicatorId): ReachStatus {
  if (category === 'no-data') return 'unknown';
  return COVERED_CATEGORIES[indicator].has(category) ? 'reached' : 'not-reached';
}

function combine(statuses: readonly ReachStatus[]): ReachStatus {
  if (statuses.includes('reached')) return 'reached';
  if (statuses.length > 0 && statuses.every((status) => status === 'not-reached')) return 'not-reached';
  return 'unknown';
}

export function changeCategory(earlier: ReachStatus, later: ReachStatus): ChangeCategory {
  if (earlier === 'unknown' || later === 'unknown') return 'no-data';
  if (earlier === 'reached') return later === 'reached' ? 'change-kept' : 'change-stopped';
  return later === 'reached' ? 'change-new' : 'change-none';
}

/**
 * Changes between `shown` (the quarter on the map) and `other` (the chosen
 * quarter to compare with), given per municipality of `shown`'s version.
 */
export function compareQuarters(shown: QuarterCoverage, other: QuarterCoverage, indicator: IndicatorId, resolver: CodeResolver): ChangeComparison {
  const counterpartsOf = counterpartFinder(shown, other, resolver);
  const changes = shown.municipalities.map((item): MunicipalityChange => {
    const code = item.municipality.code;
    const counterparts = counterpartsOf(code);
    const here = statusOf(item.categories[indicator], indicator);
    const there = combine(counterparts.map((c) => statusOf(c.categories[indicator], indicator)));
    const [earlier, later] = other.quarter <= shown.quarter ? [there, here] : [here, there];
    const comparedWith = counterparts.map((c) => c.municipality.code);
    return {
      municipality: item.municipality,
      category: changeCategory(earlier, later),
      earlier,
      later,
      comparedWith: comparedWith.length === 1 && comparedWith[0] === code ? [] : comparedWith,
    };
  });
  return {
    earlier: Math.min(shown.quarter, other.quarter),
    later: Math.max(shown.quarter, other.quarter),
    shown: shown.quarter,
    changes,
    byCode: new Map(changes.map((change) => [change.municipality.code, change])),
  };
}

function counterpartFinder(shown: QuarterCoverage, other: QuarterCoverage, resolver: CodeResolver): (code: string) => MunicipalityCoverage[] {
  if (other.quarter > shown.quarter) {
    // The other quarter is later: follow the lineage forward.
    return (code) => resolver.resolve(code, other.quarter).map((target) => other.byCode.get(target.code)).filter((c) => c !== undefined);
  }
  // The other quarter is earlier (or the same): every municipality of it that (partly) became one on the map.
  const predecessors = new Map<string, MunicipalityCoverage[]>();
  for (const item of other.municipalities) {
    for (const target of resolver.resolve(item.municipality.code, shown.quarter)) {
      const list = predecessors.get(target.code) ?? [];
      list.push(item);
      predecessors.set(target.code, list);
    }
  }
  return (code) => predecessors.get(code) ?? [];
}

export interface ChangeCount {
  category: ChangeCategory;
  municipalities: number;
  /** Residents of those municipalities with a known population. */
  population: number;
  /** Of `municipalities`, how many have no known population (not in `population`). */
  populationUnknown: number;
}

/** Municipalities and residents per change category, in legend order, for those `include` accepts (all when omitted). */
export function countChanges(comparison: ChangeComparison, include?: (code: string) => boolean): ChangeCount[] {
  const counts = new Map<ChangeCategory, ChangeCount>(CHANGE_CATEGORIES.map((category) => [category, { category, municipalities: 0, population: 0, populationUnknown: 0 }]));
  for (const change of comparison.changes) {
    if (include && !include(change.municipality.code)) continue;
    const count = counts.get(change.category)!;
    count.municipalities++;
    if (change.municipality.population === null) count.populationUnknown++;
    else count.population += change.municipality.population;
  }
  return [...counts.values()];
}

/** The four groups a change view lists (no data is only counted). */
export const LISTED_CHANGES = ['change-new', 'change-stopped', 'change-kept', 'change-none'] as const satisfies readonly ChangeCategory[];
export type ListedChange = (typeof LISTED_CHANGES)[number];

/**
 * The municipalities of each listed change group (of those `include`
 * accepts), most residents first, then by name; unknown residents last.
 * "Still not reached" answers "which municipalities had no IDO then?".
 */
export function changeGroups(comparison: ChangeComparison, include?: (code: string) => boolean): Record<ListedChange, MunicipalityChange[]> {
  const groups = Object.fromEntries(LISTED_CHANGES.map((category) => [category, [] as MunicipalityChange[]])) as Record<ListedChange, MunicipalityChange[]>;
  for (const change of comparison.changes) {
    if (change.category === 'no-data' || (include && !include(change.municipality.code))) continue;
    groups[change.category].push(change);
  }
  for (const list of Object.values(groups)) {
    list.sort((a, b) => (b.municipality.population ?? -1) - (a.municipality.population ?? -1) || a.municipality.name.localeCompare(b.municipality.name, 'nl'));
  }
  return groups;
}
