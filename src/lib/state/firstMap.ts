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
