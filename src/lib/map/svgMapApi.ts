/** The commands of MapApi on the SVG map, over the few things of the component they need. */
import { tick } from 'svelte';
import type { BoundaryLayers } from '../data/topologyToLayers';
import type { MapView } from '../domain/types';
import type { MapApi } from '../state/mapApi';
import { afterNextPaint } from '../state/firstMap';
import { FIT_ALL_PADDING } from './mapDefaults';
import { fitView, projectionForView, viewBounds, type MapGeometry } from './svgMapGeometry';

export interface SvgMapParts {
  /** The live view; null before the box has a size. */
  view(): MapView | null;
  size(): { width: number; height: number };
  layers(): BoundaryLayers;
  geometry(): MapGeometry;
  fitTo(codes: readonly string[]): void;
  /** Null: fit the shapes to the box again, whatever its size. */
  showView(view: MapView | null): void;
  maxZoom: number;
}

export function svgMapApi(map: SvgMapParts): MapApi {
  return {
    renderer: 'svg',
    // After the frame that paints the change: the DOM is updated in Svelte's effects, the browser paints after the next animation frame.
    whenIdle: async () => {
      await tick();
      await afterNextPaint();
    },
    bounds: () => {
      const { width, height } = map.size();
      return viewBounds(map.view() ?? fitView(map.layers().bbox, width, height), width, height);
    },
    view: () => {
      const { width, height } = map.size();
      return map.view() ?? fitView(map.layers().bbox, width || 800, height || 600, FIT_ALL_PADDING, map.maxZoom);
    },
    fitTo: (codes) => map.fitTo(codes),
    showView: (next) => map.showView(next),
    drawnCodes: () => map.geometry().municipalities.map((m) => m.code).sort(),
    project: (lon, lat) => {
      const view = map.view();
      const { width, height } = map.size();
      if (!view || width === 0) return null;
      const [x, y] = projectionForView(view, width, height)([lon, lat]) ?? [NaN, NaN];
      return { x, y };
    },
  };
}
