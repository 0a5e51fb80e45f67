/** Play speeds of the quarter slider: milliseconds each quarter stays on screen. */
export const PLAY_SPEEDS = { slow: 2000, normal: 1000, fast: 400 } as const;
export type PlaySpeed = keyof typeof PLAY_SPEEDS;

/**
 * The quarter after `current` while playing, or null when playback should stop
 * (at the last quarter). Starting play on the last quarter restarts from the first.
 */
export function nextPlayQuarter(current: number, first: number, last: number, justStarted: boolean): number | null {
  if (current >= last) return justStarted ? first : null;
  return current + 1;
}

/**
 * How long to wait, once a quarter is painted, before showing the next: the
 * rest of the interval counted from when the quarter was set, never less than
 * nothing. So every quarter is on screen for the chosen interval when the
 * map paints in time, and as soon as it is painted when it does not: the
 * cadence never piles up frames, however slow the machine.
 */
export function delayAfterPaint(intervalMs: number, shownAt: number, paintedAt: number): number {
  return Math.max(0, intervalMs - (paintedAt - shownAt));
}
