/**
 * Preload links in index.html for the files of the first map: the boundary
 * index, the default dataset and the newest boundary version (what a first
 * visit shows). Without them the browser asks for the data only once the
 * script has run and the app has mounted, one step after another (the index,
 * then the shapes it names): about 250 ms on this project's benchmark
 * machine before any data arrives. With them the data comes in beside the
 * script.
 *
 * The links must match the app's own requests (src/lib/api/fetchers.ts):
 * `as="fetch"` with `crossorigin` is a CORS request with same-origin
 * credentials, as `fetch()` makes by default, so the browser hands the
 * preloaded answer to the app instead of asking again.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Plugin } from 'vite';
import type { GeoIndex } from '../../src/lib/domain/types.ts';
import { COMPACT_DATASET_FILE } from '../../src/lib/data/compactDataset.ts';

/** Paths under the generated folder, in the order the app needs them. */
export function firstMapFiles(generatedDir: string): string[] {
  const indexFile = join(generatedDir, 'geo', 'index.json');
  // Without the data build's output there is nothing to point at (the app then says what failed to load).
  if (!existsSync(indexFile)) return [];
  const index = JSON.parse(readFileSync(indexFile, 'utf8')) as GeoIndex;
  const newest = index.versions.at(-1);
  return ['geo/index.json', `data/${COMPACT_DATASET_FILE}`, ...(newest ? [newest.topologyFile] : [])];
}

export function firstMapPreloads(generatedDir: string): Plugin {
  return {
    name: 'bbv-first-map-preloads',
    transformIndexHtml: () =>
      firstMapFiles(generatedDir).map((file) => ({
        tag: 'link',
        attrs: { rel: 'preload', href: `generated/${file}`, as: 'fetch', crossorigin: '' },
        injectTo: 'head' as const,
      })),
  };
}
