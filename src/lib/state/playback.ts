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
