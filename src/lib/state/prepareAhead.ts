/**
 * Work done ahead for the next step through time. After a quarter is shown,
 * the quarters one step away are prepared (DashboardState.prepareQuarter), one
 * per idle moment, so that the key press, the clicker or autoplay that shows
 * one of them only draws. A newer quarter cancels what is still waiting.
 */
import type { Quarter } from '../domain/quarter';
import { idleMoment } from './firstMap';

/** The quarters one step from `quarter` within the range: the one before first (the arrow pressed most, and the one a summary of the latest quarter compares with), then the one after. */
export function quartersAround(quarter: Quarter, first: Quarter, last: Quarter): Quarter[] {
  return [quarter - 1, quarter + 1].filter((q) => q >= first && q <= last);
}

/**
 * Calls `prepare` for each quarter in turn, each at its own idle moment (no
 * long task, a key press goes first). Returns the cancel: nothing starts after
 * it is called.
 */
export function prepareAhead(quarters: readonly Quarter[], prepare: (quarter: Quarter) => void, moment: () => Promise<void> = idleMoment): () => void {
  let cancelled = false;
  void (async () => {
    for (const quarter of quarters) {
      await moment();
      if (cancelled) return;
      prepare(quarter);
    }
  })();
  return () => {
    cancelled = true;
  };
}
