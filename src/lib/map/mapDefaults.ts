/** What both renderers share about fitting and starting: padding, deepest zoom of a fit, and whether WebGL2 is there. */
import { bisectRight } from 'd3-array';

/** The padding and deepest zoom of a fit (a single small municipality is not blown up to street level). */
export const FIT = { padding: 60, maxZoom: 9.5 } as const;
/** The selection outline in CSS px, on both renderers: a line of the theme's `selected` on a wider halo of `selectedHalo`. */
export const SELECTION_OUTLINE = { line: 3.5, halo: 8 } as const;
/** The fill opacity, on both renderers, of municipalities outside the category chosen in the legend. */
export const HIGHLIGHT_FADED_OPACITY = 0.15;
/** The padding of the whole shapes, as on a first view. */
export const FIT_ALL_PADDING = 16;

/** Whether the browser gives a WebGL2 context (MapLibre 6 needs one); false in locked-down browsers and `--disable-3d-apis`. */
export function supportsWebGL2(): boolean {
  try {
    return document.createElement('canvas').getContext('webgl2') !== null;
  } catch {
    return false;
  }
}

/**
 * Radius in px of an IDO point by zoom, as [zoom, radius] stops, linear in
 * between and flat outside, for both renderers. At the whole country (zoom
 * about 5.3 on a phone, 5.9 at a 1366 px desk, 7 on a 4K screen) the ~670
 * desks are dots of one or two px, so the choropleth under them stays
 * readable; zoomed in they grow to targets you can point at.
 */
export const IDO_POINT_RADIUS_STOPS: readonly (readonly [zoom: number, radius: number])[] = [
  [5, 0.7],
  [6, 1.6],
  [7, 2.5],
  [10, 5.5],
];
/** The outline of an IDO point by zoom (stops as above): thin while the points are dots. */
export const IDO_POINT_STROKE_STOPS: readonly (readonly [zoom: number, width: number])[] = [
  [5, 0.5],
  [7, 1],
  [10, 1.5],
];

/**
 * The value of [zoom, value] stops at a zoom: linear between stops, the end
 * values outside them (MapLibre's `interpolate linear`). d3-array's bisect
 * finds the stops, not d3-scale's clamped scale: the same numbers, without
 * ~9 KB (gzip) of scale, colour and interpolation code in the first map.
 */
export function valueAtZoom(stops: readonly (readonly [number, number])[], zoom: number): number {
  const after = bisectRight(stops.map(([z]) => z), zoom);
  if (after === 0) return stops[0]![1];
  if (after === stops.length) return stops[stops.length - 1]![1];
  const [fromZoom, fromValue] = stops[after - 1]!;
  const [toZoom, toValue] = stops[after]!;
  return fromValue + ((toValue - fromValue) * (zoom - fromZoom)) / (toZoom - fromZoom);
}

/** The same stops as a MapLibre expression, so the WebGL map draws exactly what `valueAtZoom` says. */
export function zoomExpression(stops: readonly (readonly [number, number])[]): ['interpolate', ['linear'], ['zoom'], ...number[]] {
  return ['interpolate', ['linear'], ['zoom'], ...stops.flat()];
}
