import { defineConfig } from 'vitest/config';
import { svelte } from '@sveltejs/vite-plugin-svelte';
import type { Plugin } from 'vite';
import { VitePWA } from 'vite-plugin-pwa';
import { firstMapPreloads } from './scripts/lib/firstMapPreloads.ts';
import { precompress } from './scripts/lib/precompress.ts';
import { MAPLIBRE_CACHE, MAPLIBRE_FILES } from './src/lib/state/offlineCache.ts';

/**
 * index.html carries the Content-Security-Policy as a <meta http-equiv>, so
 * dist/ has it on any static host. The dev server injects styles inline for
 * hot reloading, which the policy forbids: there the tag is left out.
 */
function withoutCspInDev(): Plugin {
  return {
    name: 'bbv-csp-meta-dev',
    apply: 'serve',
    transformIndexHtml: (html) => html.replace(/\s*<meta http-equiv="Content-Security-Policy"[^>]*>/, ''),
  };
}

// Relative base: the built app can be hosted in any folder and embedded from any path.
export default defineConfig({
  base: './',
  plugins: [
    svelte(),
    withoutCspInDev(),
    firstMapPreloads('public/generated'),
    // Offline after the first visit: a Workbox service worker precaches the app
    // shell, every boundary version, the default data and the lazily loaded
    // chunks, and asks before it takes over (src/lib/ui/UpdateNotice.svelte
    // registers it). MapLibre is cached only once a page used it, so a visitor
    // whose machine draws with SVG never downloads it.
    VitePWA({
      registerType: 'prompt',
      injectRegister: false,
      manifest: false,
      workbox: {
        globPatterns: ['**/*.{html,js,mjs,css,json,topojson,csv}'],
        // Templates are downloads for the user to fill, served from the network like any file the user loads.
        globIgnores: ['**/maplibre*', 'generated/templates/**', 'embed.js', '**/*.{gz,br}'],
        maximumFileSizeToCacheInBytes: 4 * 1024 * 1024,
        // Any link into the app (`?quarter=…`) opens the cached page.
        navigateFallback: 'index.html',
        navigateFallbackAllowlist: [/\/(index\.html)?$/],
        ignoreURLParametersMatching: [/.*/],
        cleanupOutdatedCaches: true,
        // The first install controls the open page at once, so what it loads later (another boundary version,
        // MapLibre) goes through the cache; an update still waits for the user's reload (registerType 'prompt').
        clientsClaim: true,
        runtimeCaching: [
          {
            // Hashed names: a file is never replaced, only a new one added; old ones age out.
            urlPattern: MAPLIBRE_FILES,
            handler: 'CacheFirst',
            // A file is the same whichever page asked for it (servers may add `Vary: Origin` for CORS).
            options: { cacheName: MAPLIBRE_CACHE, expiration: { maxEntries: 6 }, matchOptions: { ignoreVary: true } },
          },
        ],
      },
    }),
    precompress(),
  ],
  build: {
    target: 'es2022',
    // MapLibre alone is ~1 MB minified; a warning for it tells us nothing new.
    chunkSizeWarningLimit: 1500,
    rolldownOptions: {
      output: {
        codeSplitting: {
          groups: [
            // MapLibre in a chunk of its own: it caches apart from app releases, and
            // the benchmark can report the app's own code separately.
            { name: 'maplibre', test: /node_modules[\\/]maplibre-gl/ },
            // Everything the entry imports statically stays in the entry chunk. Without this,
            // Rolldown moves what the entry shares with the lazily loaded layouts and dialogs
            // (the Svelte runtime, the translator, …) into a dozen common chunks the first
            // screen loads all the same: more requests, and worse compression.
            { name: 'index', tags: ['$initial'] },
          ],
        },
      },
    },
  },
  server: { port: 5173, strictPort: false },
  // A sandboxed embed (allow-scripts without allow-same-origin) has an opaque
  // origin: its scripts and data are cross-origin requests. The embed snippet
  // is a plain iframe, so hosts need this header only for frames that a host
  // page sandboxes itself (see README).
  preview: { port: 4173, headers: { 'Access-Control-Allow-Origin': '*' } },
  test: {
    setupFiles: ['tests/unit/loadLanguages.ts'],
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
