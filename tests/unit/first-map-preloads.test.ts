import { describe, expect, it } from 'vitest';
import type { Rollup } from 'vite';
import { chunksEveryLayoutNeeds } from '../../scripts/lib/firstMapPreloads';

/** A bundle of chunks: file name → what it imports and its styles; a facade names the module a chunk stands for. */
function bundle(chunks: Record<string, { imports?: string[]; css?: string[]; facade?: string; entry?: boolean }>): Rollup.OutputBundle {
  return Object.fromEntries(
    Object.entries(chunks).map(([fileName, chunk]) => [
      fileName,
      { type: 'chunk', fileName, imports: chunk.imports ?? [], isEntry: chunk.entry ?? false, facadeModuleId: chunk.facade ?? null, viteMetadata: { importedCss: new Set(chunk.css ?? []), importedAssets: new Set() } } as unknown as Rollup.OutputChunk,
    ]),
  );
}

describe('the chunks every layout needs', () => {
  const layouts = bundle({
    'assets/index.js': { entry: true },
    'assets/ExploreLayout.js': { facade: '/repo/src/views/dashboard/ExploreLayout.svelte', imports: ['assets/index.js', 'assets/map.js', 'assets/time.js'] },
    'assets/EmbedLayout.js': { facade: '/repo/src/views/dashboard/EmbedLayout.svelte', imports: ['assets/index.js', 'assets/map.js', 'assets/time.js'] },
    'assets/PresentLayout.js': { facade: '/repo/src/views/dashboard/PresentLayout.svelte', imports: ['assets/index.js', 'assets/map.js', 'assets/chart.js'] },
    'assets/map.js': { imports: ['assets/index.js', 'assets/colours.js'], css: ['assets/map.css'] },
    'assets/colours.js': {},
    'assets/time.js': { css: ['assets/time.css'] },
    'assets/chart.js': {},
    'assets/Dialog.js': { facade: '/repo/src/views/dashboard/dialogs/Dialog.svelte', imports: ['assets/map.js'] },
  });

  it('are those all layouts import, through other chunks too, without the entry chunk', () => {
    expect(chunksEveryLayoutNeeds(layouts)).toEqual({ scripts: ['assets/colours.js', 'assets/map.js'], styles: ['assets/map.css'] });
  });

  it('are none when the build has no layout chunks', () => {
    expect(chunksEveryLayoutNeeds(bundle({ 'assets/index.js': { entry: true, imports: [] } }))).toEqual({ scripts: [], styles: [] });
  });
});
