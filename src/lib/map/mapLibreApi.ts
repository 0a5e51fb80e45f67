/** The commands of MapApi on the MapLibre map, when it is idle, and how long its repaints take on this machine. */
import { tick } from 'svelte';
import type { Map as MapLibreMap } from 'maplibre-gl';
import { geoBounds } from 'd3-geo';
import type { BoundaryLayers } from '../data/topologyToLayers';
import type { Bounds, MapView } from '../domain/types';
import type { FitOptions, MapApi } from '../state/mapApi';
import { FIT, FIT_ALL_PADDING } from './mapDefaults';
import type { MapLibreInput } from './mapLibreInput';
import type { MapLibreScene } from './mapLibreScene';

export const reducedMotion = () => window.matchMedia('(prefers-reduced-motion: reduce)').matches;

/**
 * Resolves once the map shows everything it was given: after the frame
 * that draws the last change (never forcing a frame of its own when there
 * is nothing to draw: on a software renderer one costs ~150 ms).
 */
export async function whenIdle(scene: MapLibreScene): Promise<void> {
  // Changes made just before the call reach MapLibre in Svelte's effects: let them run first.
  await tick();
  const map = scene.map;
  if (!scene.changed && map.loaded() && !map.isMoving()) return;
  await new Promise<void>((resolve) => map.once('idle', () => resolve()));
}

/** Whole repaints on this machine, ms each: request a frame, wait until it is drawn. */
export async function measureFrames(map: MapLibreMap, count: number): Promise<number[]> {
  const frames: number[] = [];
  for (let i = 0; i < count; i++) {
    const start = performance.now();
    await new Promise<void>((resolve) => {
      map.once('render', () => resolve());
      map.triggerRepaint();
    });
    frames.push(performance.now() - start);
  }
  return frames;
}

/** MapApi on a MapLibre map; `layers` gives the shapes on screen now. */
export function mapLibreApi(scene: MapLibreScene, input: MapLibreInput, layers: () => BoundaryLayers): MapApi {
  const map = scene.map;
  const duration = (ms: number) => (reducedMotion() ? 0 : ms);
  return {
    renderer: 'webgl',
    whenIdle: () => whenIdle(scene),
    bounds: () => map.getBounds().toArray().flat() as Bounds,
    view: () => ({ lon: map.getCenter().lng, lat: map.getCenter().lat, zoom: map.getZoom() }),
    fitTo: (codes: readonly string[], options: FitOptions = {}) => {
      const wanted = new Set(codes);
      const shapes = layers().municipalities.features.filter((f) => wanted.has(f.properties.code));
      if (!shapes.length) return;
      const [[west, south], [east, north]] = geoBounds({ type: 'FeatureCollection', features: shapes });
      const ms = options.instant ? 0 : duration(600);
      input.moveProgrammatically(ms > 0, () => map.fitBounds([west, south, east, north], { ...FIT, duration: ms }));
    },
    showView: (view: MapView | null) =>
      input.moveProgrammatically(false, () =>
        view ? map.jumpTo({ center: [view.lon, view.lat], zoom: view.zoom }) : map.fitBounds(layers().bbox, { padding: FIT_ALL_PADDING, duration: 0 }),
      ),
    drawnCodes: () => scene.drawnCodes(),
    project: (lon: number, lat: number) => {
      const point = map.project([lon, lat]);
      return { x: point.x, y: point.y };
    },
  };
}
