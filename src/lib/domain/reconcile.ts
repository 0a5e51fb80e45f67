/**
 * The loaded data beside the published national figures
 * (gepubliceerde-cijfers.csv), per published row: the value the data gives
 * for that indicator and quarter (computed by computeNationalFigures from the
 * same coverage that colours the map), the published value and the
 * difference. Where two publications give different values for one
 * indicator and quarter, a row that differs while the other matches says so.
 */
import type { PublishedFigure } from './types';
import type { CoverageAt } from './coverageCache';
import { computeNationalFigures, matchesPublished, SHARE_INDICATORS, TARGET_INDICATORS, type NationalFigures } from './nationalFigures';
import type { Quarter } from './quarter';

export type ReconcileStatus = 'match' | 'differs' | 'other-source-matches' | 'target' | 'outside-data';

export interface ReconcileRow {
  figure: PublishedFigure;
  /** The value in the loaded data; null for a target or a quarter outside the data. */
  yours: number | null;
  /** yours − published (for shares in fractions of 1); null when there is no value. */
  difference: number | null;
  status: ReconcileStatus;
  isShare: boolean;
}

export function reconcileWithPublished(published: readonly PublishedFigure[], coverageAt: CoverageAt): ReconcileRow[] {
  const figures = new Map<Quarter, NationalFigures | null>();
  const figuresAt = (quarter: Quarter) => {
    if (!figures.has(quarter)) {
      const coverage = coverageAt(quarter);
      figures.set(quarter, coverage ? computeNationalFigures(coverage) : null);
    }
    return figures.get(quarter)!;
  };
  const rows: ReconcileRow[] = published.map((figure) => {
    const isShare = SHARE_INDICATORS.has(figure.indicator);
    if (TARGET_INDICATORS.has(figure.indicator)) return { figure, yours: null, difference: null, status: 'target', isShare };
    const yours = figuresAt(figure.quarter)?.[figure.indicator];
    if (yours === undefined) return { figure, yours: null, difference: null, status: 'outside-data', isShare };
    const status = matchesPublished(figure.indicator, yours, figure.value) ? 'match' : 'differs';
    return { figure, yours, difference: yours - figure.value, status, isShare };
  });
  // Two publications for one indicator and quarter: a mismatch next to a match is a choice between sources, not an error in the data.
  const matched = new Set(rows.filter((r) => r.status === 'match').map((r) => `${r.figure.indicator}@${r.figure.quarter}`));
  for (const row of rows) if (row.status === 'differs' && matched.has(`${row.figure.indicator}@${row.figure.quarter}`)) row.status = 'other-source-matches';
  return rows.sort((a, b) => a.figure.quarter - b.figure.quarter);
}

/** Counts per status, for the panel's one-line summary. */
export function reconcileSummary(rows: readonly ReconcileRow[]): Record<ReconcileStatus, number> {
  const counts: Record<ReconcileStatus, number> = { match: 0, differs: 0, 'other-source-matches': 0, target: 0, 'outside-data': 0 };
  for (const row of rows) counts[row.status]++;
  return counts;
}
