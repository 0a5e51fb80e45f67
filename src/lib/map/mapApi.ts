/**
 * What the view may ask of the map, whichever renderer draws it: MapLibre
 * (WebGL) or the SVG fallback. Handed out once by MapView; its methods follow
 * the renderer on screen, so a context loss or restore needs no new wiring.
 */
import type { Map as MapLibreMap } from 'maplibre-gl';
import type { MapView } from '../state/urlState';
import type { Bounds } from './svgMapGeometry';

export type Renderer = 'webgl' | 'svg';

export interface MapApi {
  /** The MapLibre map while it draws; null on the SVG fallback. */
  readonly map: MapLibreMap | null;
  readonly renderer: Renderer;
  /** Resolves when the map has drawn everything it was given. */
  whenIdle: () => Promise<void>;
  /** What the map shows now (for exports). */
  bounds: () => Bounds;
  /** Centre and zoom now (carried from one renderer to the other). */
  view: () => MapView;
}

/** Whether the browser gives a WebGL2 context (MapLibre 6 needs one); false in locked-down browsers and `--disable-3d-apis`. */
export function supportsWebGL2(): boolean {
  try {
    return document.createElement('canvas').getContext('webgl2') !== null;
  } catch {
    return false;
  }
}
