/**
 * Work the screen does not wait for, done once the coming frame is painted.
 * Some browser calls are slow for what they do (Chromium's
 * `history.replaceState` and `document.title` take up to 15 ms): made in the
 * same task as a quarter step, they would delay its picture.
 */

/** Runs `task` after the coming frame (on a timer where there are no frames, as in unit tests). */
export function afterNextPaint(task: () => void): void {
  if (typeof requestAnimationFrame === 'function') requestAnimationFrame(() => setTimeout(task, 0));
  else setTimeout(task, 0);
}

/** `write(value)` after the coming frame, with the latest value only, however often it is asked for meanwhile. */
export function latestAfterNextPaint<T>(write: (value: T) => void): (value: T) => void {
  let pending: { value: T } | null = null;
  return (value) => {
    const scheduled = pending !== null;
    pending = { value };
    if (!scheduled)
      afterNextPaint(() => {
        const { value: latest } = pending!;
        pending = null;
        write(latest);
      });
  };
}
