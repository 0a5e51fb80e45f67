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
import { message, type Message } from './message';
import { matchesPublished, nationalFiguresAt, SHARE_INDICATORS, TARGET_INDICATORS } from './nationalFigures';
import { describePublication, publicationName } from './publications';
import { TARGET_MEASURES } from './targets';

export type ReconcileStatus = 'match' | 'differs' | 'other-source-matches' | 'target-met' | 'target-not-met' | 'outside-data';

export interface ReconcileRow {
  figure: PublishedFigure;
  /** The value in the loaded data (for a target: the measured figure at its quarter); null for a quarter outside the data. */
  yours: number | null;
  /** yours − published (for shares in fractions of 1); null when there is no value. */
  difference: number | null;
  status: ReconcileStatus;
  isShare: boolean;
  /** For a row that differs while another publication of the same figure matches: that publication. */
  otherSource: PublishedFigure | null;
  /** The row's meaning in plain words (null for a plain match). */
  explanation: Message | null;
}

export function reconcileWithPublished(published: readonly PublishedFigure[], coverageAt: CoverageAt): ReconcileRow[] {
  const figuresAt = nationalFiguresAt(coverageAt);
  const rows: ReconcileRow[] = published.map((figure) => {
    const isShare = SHARE_INDICATORS.has(figure.indicator);
    const isTarget = TARGET_INDICATORS.has(figure.indicator);
    // A target is judged against what it is a target for, at its own quarter.
    const measured = isTarget ? TARGET_MEASURES[figure.indicator] : figure.indicator;
    const yours = measured === undefined ? undefined : figuresAt(figure.quarter)?.[measured];
    if (yours === undefined) return { figure, yours: null, difference: null, status: 'outside-data', isShare, otherSource: null, explanation: null };
    const status: ReconcileStatus = isTarget ? (yours >= figure.value ? 'target-met' : 'target-not-met') : matchesPublished(figure.indicator, yours, figure.value) ? 'match' : 'differs';
    return { figure, yours, difference: yours - figure.value, status, isShare, otherSource: null, explanation: null };
  });
  // Two publications for one indicator and quarter: a mismatch next to a match is a choice between sources, not an error in the data.
  const matching = new Map(rows.filter((r) => r.status === 'match').map((r) => [`${r.figure.indicator}@${r.figure.quarter}`, r.figure]));
  for (const row of rows) {
    const other = matching.get(`${row.figure.indicator}@${row.figure.quarter}`);
    if (row.status === 'differs' && other) {
      row.status = 'other-source-matches';
      row.otherSource = other;
    }
    row.explanation = explain(row);
  }
  return rows.sort((a, b) => a.figure.quarter - b.figure.quarter);
}

/** What a row means, in words: how much the data differs, which source it follows, whether a target was met. */
function explain(row: ReconcileRow): Message | null {
  const { difference, isShare } = row;
  // Shares are published with two decimals: their difference is in percentage points.
  const amount = difference === null ? 0 : isShare ? message('reconcile.points', { points: { decimal: Math.round(Math.abs(difference) * 1000) / 10, digits: 1 } }) : Math.abs(difference);
  const direction = difference !== null && difference > 0 ? 'higher' : 'lower';
  switch (row.status) {
    case 'match':
      return null;
    case 'differs':
      return message(`reconcile.explain.differs.${direction}`, { amount });
    case 'other-source-matches':
      return message(`reconcile.explain.otherSource.${direction}`, { amount, source: publicationName(describePublication(row.otherSource!.source)), value: row.otherSource!.value });
    case 'target-met':
      return message('reconcile.explain.targetMet', { yours: row.yours! });
    case 'target-not-met':
      return message('reconcile.explain.targetNotMet', { yours: row.yours!, short: Math.abs(difference!) });
    case 'outside-data':
      return message('reconcile.explain.outside');
  }
}

/** Counts per status, for the panel's one-line summary. */
export function reconcileSummary(rows: readonly ReconcileRow[]): Record<ReconcileStatus, number> {
  const counts: Record<ReconcileStatus, number> = { match: 0, differs: 0, 'other-source-matches': 0, 'target-met': 0, 'target-not-met': 0, 'outside-data': 0 };
  for (const row of rows) counts[row.status]++;
  return counts;
}
