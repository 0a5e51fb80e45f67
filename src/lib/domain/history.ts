/**
 * A municipality's quarter-by-quarter history per programme, for the detail
 * panel's strip: the category of every quarter of the data, so "since when"
 * and any gaps can be seen. A quarter in which the municipality did not exist
 * yet (Eemsdelta before 2021) is marked as such, not given its predecessors'
 * category: those are other municipalities.
 */
import type { QuarterCoverage } from './coverage';
import type { CategoryId, IndicatorId } from './indicators';
import { message, type Message } from './message';
import type { Quarter } from './quarter';

export interface HistoryCell {
  quarter: Quarter;
  /** Null: the municipality is not on the map in that quarter (before or after a herindeling). */
  category: CategoryId | null;
}

export interface HistoryRun {
  category: CategoryId | null;
  from: Quarter;
  to: Quarter;
}

export interface ProgrammeHistory {
  indicator: IndicatorId;
  cells: HistoryCell[];
  /** Consecutive quarters with the same category, in order. */
  runs: HistoryRun[];
  /** The strip in words, one part per run (its text alternative). */
  description: Message[];
}

export const HISTORY_INDICATORS: readonly IndicatorId[] = ['ido', 'sek', 'belastingdienst'];

export function getMunicipalityHistory(coverageAt: (quarter: Quarter) => QuarterCoverage | null, code: string, quarters: readonly Quarter[]): ProgrammeHistory[] {
  return HISTORY_INDICATORS.map((indicator) => {
    const cells = quarters.map((quarter) => ({ quarter, category: coverageAt(quarter)?.byCode.get(code)?.categories[indicator] ?? null }));
    const runs: HistoryRun[] = [];
    for (const cell of cells) {
      const last = runs.at(-1);
      if (last && last.category === cell.category && last.to === cell.quarter - 1) last.to = cell.quarter;
      else runs.push({ category: cell.category, from: cell.quarter, to: cell.quarter });
    }
    const description = runs.map((run) => {
      const what = run.category === null ? message('history.notOnMap') : message(`category.${run.category}`);
      return run.from === run.to ? message('history.runOne', { what, quarter: { quarter: run.from } }) : message('history.run', { what, from: { quarter: run.from }, to: { quarter: run.to } });
    });
    return { indicator, cells, runs, description };
  });
}
