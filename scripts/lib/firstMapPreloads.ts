/**
 * Preload links in index.html for the files of the first map: the boundary
 * index, the map table (what the default dataset's map shows, see
 * src/lib/data/mapTable.ts) and the newest boundary version (what a first
 * visit shows). The dataset itself is asked for once that map is on screen. Without them the browser asks for the data only once the
 * script has run and the app has mounted, one step after another (the index,
 * then the shapes it names): about 250 ms on this project's benchmark
 * machine before any data arrives. With them the data comes in beside the
 * script.
 *
 * The links must match the app's own requests (src/lib/api/fetchers.ts):
 * `as="fetch"` with `crossorigin` is a CORS request with same-origin
 * credentials, as `fetch()` makes by default, so the browser hands the
 * preloaded answer to the app instead of asking again.
 *
 * The same goes for the code the first map needs beyond the entry chunk:
 * every layout (src/views/layouts.ts) is a chunk of its own, and the chunks
 * all of them import (the map, the time control, their styles) are asked for
 * only once the entry chunk has been compiled and run, about 150 ms after it
 * arrived on the benchmark machine. A `modulepreload` link (and a style
 * preload) for each of those shared chunks lets them arrive and compile
 * beside the entry chunk. Only chunks every layout needs get a link, so no
 * screen downloads code it does not use.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { HtmlTagDescriptor, Plugin, Rollup } from 'vite';
import type { GeoIndex } from '../../src/lib/domain/types.ts';
import { MAP_TABLE_FILE } from '../../src/lib/data/mapTableName.ts';

/** Paths under the generated folder, in the order the app needs them. */
export function firstMapFiles(generatedDir: string): string[] {
  const indexFile = join(generatedDir, 'geo', 'index.json');
  // Without the data build's output there is nothing to point at (the app then says what failed to load).
  if (!existsSync(indexFile)) return [];
  const index = JSON.parse(readFileSync(indexFile, 'utf8')) as GeoIndex;
  const newest = index.versions.at(-1);
  return ['geo/index.json', `data/${MAP_TABLE_FILE}`, ...(newest ? [newest.topologyFile] : [])];
}

/** The layouts' modules: one chunk each (src/views/layouts.ts). */
const LAYOUT_MODULE = /[\\/]views[\\/]dashboard[\\/](Explore|Embed|Present)Layout\.svelte$/;

/**
 * The chunks every layout imports (directly or through another chunk), apart
 * from the entry chunk, which the page loads anyway: file names of the
 * scripts and of their styles.
 */
export function chunksEveryLayoutNeeds(bundle: Rollup.OutputBundle): { scripts: string[]; styles: string[] } {
  const chunks = new Map(Object.values(bundle).filter((item): item is Rollup.OutputChunk => item.type === 'chunk').map((chunk) => [chunk.fileName, chunk]));
  const importedBy = (chunk: Rollup.OutputChunk) => {
    const seen = new Set<string>();
    const visit = (fileName: string) => {
      const imported = chunks.get(fileName);
      if (!imported || imported.isEntry || seen.has(fileName)) return;
      seen.add(fileName);
      imported.imports.forEach(visit);
    };
    chunk.imports.forEach(visit);
    return seen;
  };
  const layouts = [...chunks.values()].filter((chunk) => chunk.facadeModuleId && LAYOUT_MODULE.test(chunk.facadeModuleId));
  if (layouts.length === 0) return { scripts: [], styles: [] };
  const [first, ...others] = layouts.map(importedBy);
  const scripts = [...first!].filter((fileName) => others.every((set) => set.has(fileName))).sort();
  const styles = scripts.flatMap((fileName) => [...(chunks.get(fileName)?.viteMetadata?.importedCss ?? [])]).sort();
  return { scripts, styles };
}

export function firstMapPreloads(generatedDir: string): Plugin {
  return {
    name: 'bbv-first-map-preloads',
    transformIndexHtml: {
      order: 'post',
      handler: (_html, context) => {
        const data: HtmlTagDescriptor[] = firstMapFiles(generatedDir).map((file) => ({
          tag: 'link',
          attrs: { rel: 'preload', href: `generated/${file}`, as: 'fetch', crossorigin: '' },
          injectTo: 'head',
        }));
        // Only a build has chunks; the dev server serves modules one by one.
        const shared = context.bundle ? chunksEveryLayoutNeeds(context.bundle) : { scripts: [], styles: [] };
        const code: HtmlTagDescriptor[] = [
          ...shared.scripts.map((fileName): HtmlTagDescriptor => ({ tag: 'link', attrs: { rel: 'modulepreload', crossorigin: '', href: `./${fileName}` }, injectTo: 'head' })),
          ...shared.styles.map((fileName): HtmlTagDescriptor => ({ tag: 'link', attrs: { rel: 'preload', as: 'style', crossorigin: '', href: `./${fileName}` }, injectTo: 'head' })),
        ];
        return [...data, ...code];
      },
    },
  };
}
