/**
 * What end-to-end tests and the benchmark may read of the running app, as
 * `window.__BBV__`. Only builds made with VITE_TEST_HOOK=on have it (the
 * e2e and bench configurations make such a build); a production build leaves
 * this module out, since Dashboard.svelte imports it behind that constant.
 *
 * Tests address what a user sees first (roles, names, text); the hook is for
 * what a user cannot see: when the map has finished drawing, which shapes it
 * holds, where a point lies on the canvas, the exact totals behind a legend.
 */
import type { DataSources } from '../lib/api/dataSources.svelte';
import type { IndicatorTotals } from '../lib/domain/totals';
import type { ThemeName } from '../lib/scales/palette';
import type { AppState } from '../lib/state/appState.svelte';
import type { DashboardState } from '../lib/state/dashboardState.svelte';
import type { Renderer } from '../lib/state/mapApi';
import type { I18n } from '../lib/ui/i18nContext';

export interface TestHook {
  /** The user's choices (read; the benchmark also sets the quarter and indicator). */
  app: AppState;
  /** Resolves when the map has drawn everything it was given (waits for the map to exist first). */
  whenIdle(): Promise<void>;
  /** The quarters of the data whose coverage is worked out (cached), in order. */
  quartersWorkedOut(): number[];
  /** Municipality codes in the map's shapes: what is actually drawn. */
  drawnCodes(): string[];
  mapZoom(): number | null;
  /** Screen position (CSS px, relative to the map) of a lon/lat. */
  project(lon: number, lat: number): { x: number; y: number } | null;
  /** Boundary version whose shapes are on the map. */
  readonly versionId: string | null;
  /** West, south, east, north of the shapes on the map: the whole country. */
  readonly shapesBounds: [number, number, number, number] | null;
  /** Boundary version of the quarter chosen. */
  readonly wantedVersionId: string | null;
  readonly totals: IndicatorTotals | null;
  /** Export timings for the benchmark: build the SVG (and rasterise it) at a size, as the Export dialog does, once `ready` loaded the export code. */
  exports: { ready(): Promise<void>; svg(width: number, height: number): string; png(width: number, height: number): Promise<Blob>; readonly renderer: Renderer | null };
  /** The dataset on screen: its name and whether it is the user's own. */
  readonly dataset: { name: string; own: boolean; organisations: number } | null;
}

declare global {
  interface Window {
    __BBV__?: TestHook;
  }
}

interface HookInput {
  app: AppState;
  state: DashboardState;
  sources: DataSources;
  i18n: I18n;
  theme: () => ThemeName;
}

/** Sets `window.__BBV__`; `mapReady` is to be called when the map is up. */
export function installTestHook({ app, state, sources, i18n, theme }: HookInput): { mapReady: () => void } {
  let resolveMapReady: () => void = () => undefined;
  const mapReady = new Promise<void>((resolve) => (resolveMapReady = resolve));
  // The export code comes with the layouts and dialogs, not the main chunk (a static import here would pull it in
  // there: the bundler places modules before this one is shaken out of a production build). Loaded on first use,
  // so the benchmark's bytes to the first map stay those of a visitor.
  let exporter: { view: typeof import('./dashboard/exportView'); png: typeof import('../lib/export/rasterisePng') } | null = null;
  let exportCode: Promise<void> | null = null;
  const exportReady = () =>
    (exportCode ??= Promise.all([import('./dashboard/exportView'), import('../lib/export/rasterisePng')]).then(([view, png]) => {
      exporter = { view, png };
    }));
  const svg = (width: number, height: number) => {
    if (!exporter) throw new Error('the export code is not loaded: await exports.ready() first');
    return exporter.view.exportViewSvg(state, i18n, width, height, theme());
  };
  window.__BBV__ = {
    app,
    whenIdle: async () => {
      await mapReady;
      // Between a layout switch's old and new map there is none for a moment.
      while (!state.map) await new Promise((resolve) => setTimeout(resolve, 10));
      await state.map.whenIdle();
    },
    quartersWorkedOut: () => {
      const coverageAt = state.coverageAt;
      if (!coverageAt) return [];
      return Array.from({ length: app.lastQuarter - app.firstQuarter + 1 }, (_, i) => app.firstQuarter + i).filter((quarter) => coverageAt.has(quarter));
    },
    drawnCodes: () => state.map?.drawnCodes() ?? [],
    mapZoom: () => state.map?.view().zoom ?? null,
    project: (lon, lat) => state.map?.project(lon, lat) ?? null,
    get versionId() {
      return state.mapInput?.layers.versionId ?? null;
    },
    get shapesBounds() {
      return state.mapInput?.layers.bbox ?? null;
    },
    get wantedVersionId() {
      return state.wantedVersion?.id ?? null;
    },
    get totals() {
      return state.totals;
    },
    exports: {
      svg,
      ready: exportReady,
      png: async (width, height) => {
        await exportReady();
        return exporter!.png.rasterisePng(svg(width, height), width, height);
      },
      get renderer() {
        return state.map?.renderer ?? null;
      },
    },
    get dataset() {
      const dataset = state.dataset;
      return dataset ? { name: dataset.meta.name, own: sources.ownData !== null, organisations: dataset.organisations.length } : null;
    },
  };
  return { mapReady: resolveMapReady };
}
