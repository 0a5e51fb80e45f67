/**
 * Work done ahead for the next step through time. After a quarter is shown,
 * the quarters one step away are prepared (DashboardState.prepareQuarter), one
 * per idle moment, so that the key press, the clicker or autoplay that shows
 * one of them only draws. Then the coverage of every other quarter, nearest
 * first: a municipality's history strip and "since", and the table's "since"
 * column, read them all, and worked out on the first click they made it the
 * slowest of the screen (about 40 ms of a 200 ms budget on a machine without
 * a GPU). A newer quarter cancels what is still waiting.
 */
import type { Quarter } from '../domain/quarter';
import { idleMoment } from './firstMap';

/** The quarters one step from `quarter` within the range: the one before first (the arrow pressed most, and the one a summary of the latest quarter compares with), then the one after. */
export function quartersAround(quarter: Quarter, first: Quarter, last: Quarter): Quarter[] {
  return quartersByDistance(quarter, first, last).filter((other) => Math.abs(other - quarter) === 1);
}

/** The other quarters of the range, nearest first (at each distance the one before, then the one after). */
export function quartersByDistance(quarter: Quarter, first: Quarter, last: Quarter): Quarter[] {
  const quarters: Quarter[] = [];
  for (let distance = 1; quarter - distance >= first || quarter + distance <= last; distance++) {
    if (quarter - distance >= first) quarters.push(quarter - distance);
    if (quarter + distance <= last) quarters.push(quarter + distance);
  }
  return quarters;
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
