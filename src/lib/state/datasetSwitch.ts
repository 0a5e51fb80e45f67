/**
 * What happens to the user's view when another dataset is shown: the quarter
 * moves into the new range (the newest quarter stays "newest"), and a
 * selected organisation that the new data does not have is let go. Pure, so
 * the rules are tested without rendering.
 */
import type { Quarter } from '../domain/quarter';
import type { Dataset } from '../domain/types';
import type { Selection } from '../domain/selection';

export interface DatasetSwitch {
  first: Quarter;
  last: Quarter;
  quarter: Quarter;
  /** The quarter asked for was outside the new range and was moved. */
  quarterMoved: { from: Quarter; to: Quarter } | null;
  /** The selection to keep (null when it had to go). */
  selection: Selection;
  organisationGone: boolean;
}

export function switchDataset(view: { quarter: Quarter; lastQuarter: Quarter; selection: Selection }, next: Dataset): DatasetSwitch {
  const { firstQuarter: first, lastQuarter: last } = next.meta;
  // Whoever looked at the newest quarter keeps looking at the newest.
  const wanted = view.quarter === view.lastQuarter ? last : view.quarter;
  const quarter = Math.min(Math.max(wanted, first), last);
  const organisationGone = view.selection?.kind === 'organisation' && !next.organisations.some((o) => o.id === (view.selection as { id: string }).id);
  return {
    first,
    last,
    quarter,
    quarterMoved: quarter !== wanted ? { from: wanted, to: quarter } : null,
    selection: organisationGone ? null : view.selection,
    organisationGone,
  };
}
