/**
 * Work the screen does not wait for, done once changes pause. Some browser
 * calls are slow for what they do (Chromium's `history.replaceState` and
 * `document.title` take 2–15 ms): made in the same task as a quarter step,
 * they would delay its picture. (Written after the next frame instead, they
 * still ran before the frame that followed, once per step.)
 */

/**
 * `write(value)` with the latest value once no new value has come for
 * `quietMs`: for what only needs to be right once the user pauses (the
 * title, the address of the current history entry) and costs the browser
 * more than its worth on every step of a held arrow key or of playing.
 */
export function latestOnceQuiet<T>(write: (value: T) => void, quietMs: number): { (value: T): void; flush(): void; cancel(): void; pending(): T | null } {
  let pending: { value: T } | null = null;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const flush = () => {
    clearTimeout(timer);
    if (!pending) return;
    const { value } = pending;
    pending = null;
    write(value);
  };
  const ask = (value: T) => {
    pending = { value };
    clearTimeout(timer);
    timer = setTimeout(flush, quietMs);
  };
  ask.flush = flush;
  ask.cancel = () => {
    clearTimeout(timer);
    pending = null;
  };
  /** The value waiting to be written, if any. */
  ask.pending = () => pending?.value ?? null;
  return ask;
}
