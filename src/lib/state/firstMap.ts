/**
 * When the first map is on screen. The map says so (map/CoverageMap.svelte);
 * work that may wait, such as registering the service worker and its
 * downloads, waits for it instead of competing with the first map.
 */
let markDrawn: () => void = () => undefined;

/** Resolves once a map has drawn its first frame. */
export const firstMapDrawn: Promise<void> = new Promise((resolve) => (markDrawn = resolve));

export function markFirstMapDrawn(): void {
  markDrawn();
}

/** At most this long after the first map, work waiting for an idle moment starts anyway. */
const IDLE_PATIENCE_MS = 1000;

/**
 * Resolves once the first map is on screen and the page then has an idle
 * moment: for what is built after the map (the side column, the WebGL
 * probe). On a timer right after the map's frame, that work (about 110 ms on
 * a machine without a GPU) ran before anything else queued, so a key press
 * or click in that moment waited for it; an idle callback lets those go first.
 */
export const firstMapSettled: Promise<void> = firstMapDrawn.then(idleMoment);

/**
 * Resolves in a task after the next frame is painted: for work that must come
 * soon but after what is on screen now (the map's change, the first rows of
 * a table), with any input waiting meanwhile handled first. Right after a
 * click Chromium may give no idle moment for a second, so this, not
 * idleMoment, is for work the user is waiting for.
 */
export function afterNextPaint(): Promise<void> {
  return new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
}

/**
 * Resolves at the page's next idle moment (at most a second from now): work
 * built in steps, one per idle moment, leaves room between its steps for
 * input and frames instead of one long task.
 */
export function idleMoment(): Promise<void> {
  return new Promise<void>((resolve) => {
    if (typeof requestIdleCallback === 'function') requestIdleCallback(() => resolve(), { timeout: IDLE_PATIENCE_MS });
    else setTimeout(resolve, 0);
  });
}
