/**
 * A pause in use: no key press, click, touch or wheel for a while. The
 * service worker's first install downloads and stores every boundary
 * version, the data and the chunks; on a machine with two cores and no GPU
 * that doubled the main-thread work of the first time-slider steps (a
 * boundary switch measured 38 ms without it and 68–82 ms with it, in
 * `npm run bench`'s browser). So it waits for the visitor to pause.
 */

/** Input that means someone is using the page. */
const INPUT_EVENTS = ['keydown', 'pointerdown', 'wheel', 'touchstart'] as const;

/**
 * Resolves once `target` has had no input for `quietMs`, counted from now,
 * or at the latest after `patienceMs`, so someone who never pauses still
 * gets the work done.
 */
export function quietMoment(target: EventTarget, quietMs: number, patienceMs: number): Promise<void> {
  return new Promise((resolve) => {
    let quiet: ReturnType<typeof setTimeout>;
    const done = () => {
      clearTimeout(quiet);
      clearTimeout(patience);
      for (const type of INPUT_EVENTS) target.removeEventListener(type, restart, true);
      resolve();
    };
    const restart = () => {
      clearTimeout(quiet);
      quiet = setTimeout(done, quietMs);
    };
    const patience = setTimeout(done, patienceMs);
    for (const type of INPUT_EVENTS) target.addEventListener(type, restart, { capture: true, passive: true });
    restart();
  });
}
