import { defineConfig } from 'vitest/config';
import { svelte } from '@sveltejs/vite-plugin-svelte';

// Relative base: the built app can be hosted in any folder and embedded from any path.
export default defineConfig({
  base: './',
  plugins: [svelte()],
  build: {
    target: 'es2022',
    // MapLibre alone is ~1 MB minified; a warning for it tells us nothing new.
    chunkSizeWarningLimit: 1500,
    rolldownOptions: {
      output: {
        // MapLibre in a chunk of its own: it caches apart from app releases, and
        // the benchmark can report the app's own code separately.
        codeSplitting: { groups: [{ name: 'maplibre', test: /node_modules[\\/]maplibre-gl/ }] },
      },
    },
  },
  server: { port: 5173, strictPort: false },
  // A sandboxed embed (allow-scripts without allow-same-origin) has an opaque
  // origin: its scripts and data are cross-origin requests. Hosts of the
  // built app must send this header too (see README).
  preview: { port: 4173, headers: { 'Access-Control-Allow-Origin': '*' } },
  test: {
    projects: [
      { extends: true, test: { name: 'unit', include: ['src/**/*.test.ts', 'tests/unit/**/*.test.ts'], exclude: ['src/**/*.svelte.test.ts'], environment: 'node' } },
      // Tests of runes classes run Svelte's client runtime, as the browser does (effects run there, not in the server build).
      {
        extends: true,
        resolve: { conditions: ['browser'] },
        test: { name: 'runes', include: ['src/**/*.svelte.test.ts'], environment: './tests/unit/svelteClientEnvironment.ts' },
      },
    ],
  },
});
