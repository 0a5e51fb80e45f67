/**
 * MapLibre and offline use. The service worker precaches everything the app
 * needs except MapLibre, which only machines that draw with WebGL load (see
 * vite.config.ts); it keeps MapLibre's files in a cache of their own once a
 * page used them. A first visit loads them before the worker controls the
 * page, so the page hands them over itself once the worker is ready.
 */

/** The runtime cache of MapLibre's files; vite.config.ts names it in the service worker. */
export const MAPLIBRE_CACHE = 'bbv-maplibre';
/** MapLibre's hashed files: its chunk, its worker and its style sheet. */
export const MAPLIBRE_FILES = /\/assets\/maplibre[^/]*\.(?:m?js|css)$/;

/** Puts the MapLibre files this page loaded into the worker's cache (from the browser's HTTP cache, usually). */
export async function keepLoadedMapLibre(): Promise<void> {
  if (typeof caches === 'undefined') return;
  const urls = performance
    .getEntriesByType('resource')
    .map((entry) => entry.name)
    .filter((url) => {
      const parsed = new URL(url);
      return parsed.origin === location.origin && MAPLIBRE_FILES.test(parsed.pathname);
    });
  if (urls.length === 0) return;
  const cache = await caches.open(MAPLIBRE_CACHE);
  await cache.addAll([...new Set(urls)]);
}
