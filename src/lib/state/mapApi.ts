/**
 * What the screen may ask of the map, whichever renderer draws it: MapLibre
 * (WebGL) or the SVG map (both in lib/map implement it). Commands are calls on this object, not props: a
 * zoom request happens once, when it is made, and needs no "already applied"
 * bookkeeping. Handed out once by CoverageMap; its methods follow the
 * renderer on screen, so a context loss or restore needs no new wiring.
 */
import type { Bounds, MapView } from '../domain/types';

export type Renderer = 'webgl' | 'svg';

export interface FitOptions {
  /** Move at once instead of easing there (a first view, or reduced motion). */
  instant?: boolean;
}

export interface MapApi {
  readonly renderer: Renderer;
  /** Resolves when the map has drawn everything it was given. */
  whenIdle: () => Promise<void>;
  /** What the map shows now (for exports). */
  bounds: () => Bounds;
  /** Centre and zoom now (carried from one renderer to the other). */
  view: () => MapView;
  /**
   * Fits these municipalities (of the shapes on screen) into the map: a
   * search result, a province. Codes not on the map are ignored; none at all
   * leaves the map where it is. Not reported as a move of the user's.
   */
  fitTo: (codes: readonly string[], options?: FitOptions) => void;
  /** Moves to `view`, or to all of the shapes when null (Back/Forward restoring a link's view). */
  showView: (view: MapView | null) => void;
  /** The municipality codes drawn now (what the shapes on the map are). */
  drawnCodes: () => string[];
  /** Where a point (lon, lat) is on the map, in CSS pixels from its top left; null before the map can draw. */
  project: (lon: number, lat: number) => { x: number; y: number } | null;
}
