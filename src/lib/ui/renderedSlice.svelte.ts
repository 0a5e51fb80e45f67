/**
 * A long list rendered in slices: the first slice at once, one more after
 * each paint until every item is there.
 *
 * Why: opening the table of every municipality built all its rows (344 rows
 * of ten cells, four colour swatches each) in the click's task, 210–280 ms on
 * a machine without a GPU, over the 200 ms an interaction may take. The click
 * now builds what fills the table's box and a little more; the rest follows
 * in tasks of their own, each short enough that a key press or click waiting
 * meanwhile goes first. Until then the list is `complete: false` (the table
 * says so with `aria-busy`, for assistive technology and for tests that count
 * rows).
 *
 * After the paint, not at an idle moment: right after a click Chromium gave
 * the page no idle moment for a second (the first idle callback came at its
 * one-second timeout), so the rows below the first 40 came a second late.
 *
 * Call the constructor during component initialisation: it registers an effect.
 */

import { afterNextPaint } from '../state/firstMap';

export interface SliceSizes {
  /** Items rendered at once. */
  first: number;
  /** Items added after each paint. */
  step: number;
}

export class RenderedSlice {
  /** How many items to render now (may exceed the total: slice with it). */
  count = $state(0);

  constructor(
    private readonly total: () => number,
    { first, step }: SliceSizes,
    moment: () => Promise<void> = afterNextPaint,
  ) {
    if (first < 1 || step < 1) throw new RangeError(`slices need at least one item: first ${first}, step ${step}`);
    this.count = first;
    // Runs again after each step (it reads count) and when the list grows (a filter cleared): one step per paint.
    $effect(() => {
      if (this.count >= total()) return;
      let cancelled = false;
      void moment().then(() => {
        if (!cancelled) this.count += step;
      });
      return () => {
        cancelled = true;
      };
    });
  }

  /** Whether every item is rendered. */
  get complete(): boolean {
    return this.count >= this.total();
  }
}
