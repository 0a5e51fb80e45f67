/**
 * The SVG map's view arithmetic and pointer gesture (pure, no DOM): the one
 * transform from the reference paths to the live view, the open IDO points
 * inside the box (how they are drawn on a canvas, which one is under the
 * pointer), and the press–drag–release that either pans or selects.
 */
import type { FeatureCollection, Point } from 'geojson';
import type { MapView } from '../domain/types';
import { idoPointRadius, panView, projectionForView, worldPoint } from './svgMapGeometry';

/** The transform that places paths projected at `reference` in the live `view` of a box. */
export function viewTransform(reference: MapView, view: MapView, width: number, height: number): { k: number; x: number; y: number } {
  const [rx, ry] = worldPoint(reference.lon, reference.lat);
  const [vx, vy] = worldPoint(view.lon, view.lat);
  const scale = 2 ** view.zoom;
  return { k: 2 ** (view.zoom - reference.zoom), x: (rx - vx) * scale + width / 2, y: (ry - vy) * scale + height / 2 };
}

/** `next`, or `previous` where both are the same view (centre and zoom): what is derived from a view is not worked out again for an equal one. */
export function keepSameView(previous: MapView | null, next: MapView | null): MapView | null {
  return previous && next && previous.lon === next.lon && previous.lat === next.lat && previous.zoom === next.zoom ? previous : next;
}

export interface ScreenPoint {
  id: string;
  x: number;
  y: number;
  r: number;
}

/**
 * Every location inside the box (a radius of margin), in the box's pixels.
 * Projected once per view and size: a quarter step only filters these by the
 * desks open in it (`openPoints`), 700 projections less per step.
 */
export function pointsInBox(locations: FeatureCollection<Point, { id: string }>, view: MapView, width: number, height: number): ScreenPoint[] {
  const projection = projectionForView(view, width, height);
  const radius = idoPointRadius(view.zoom);
  const inside: ScreenPoint[] = [];
  for (const feature of locations.features) {
    const [x, y] = projection(feature.geometry.coordinates as [number, number]) ?? [NaN, NaN];
    if (x >= -radius && x <= width + radius && y >= -radius && y <= height + radius) inside.push({ id: feature.properties.id, x, y, r: radius });
  }
  return inside;
}

/** The points of the open IDO locations, in drawing order. */
export function openPoints(points: readonly ScreenPoint[], open: ReadonlySet<string>): ScreenPoint[] {
  return points.filter((point) => open.has(point.id));
}

/** Screen pixels around an IDO point that still count as pointing at it (the dots are small). */
export const POINT_HIT_MARGIN = 4;

/** How an IDO point looks: MAP_THEMES' point colours and the outline width at the zoom. */
export interface PointStyle {
  fill: string;
  stroke: string;
  strokeWidth: number;
}

/**
 * Draws the points on a 2D canvas (in CSS pixels: the caller scales for the
 * screen's pixel ratio), each circle filled and outlined over the ones
 * before, as separate SVG circles and MapLibre's circle layer stack them.
 */
export function drawPoints(context: Pick<CanvasRenderingContext2D, 'fillStyle' | 'strokeStyle' | 'lineWidth' | 'beginPath' | 'arc' | 'fill' | 'stroke'>, points: readonly ScreenPoint[], style: PointStyle): void {
  context.fillStyle = style.fill;
  context.strokeStyle = style.stroke;
  context.lineWidth = style.strokeWidth;
  for (const { x, y, r } of points) {
    context.beginPath();
    context.arc(x, y, r, 0, 2 * Math.PI);
    context.fill();
    context.stroke();
  }
}

/** The point within its radius plus `margin` of x, y (the nearest when several are); null for none. */
export function pointAt(points: readonly ScreenPoint[], x: number, y: number, margin = POINT_HIT_MARGIN): ScreenPoint | null {
  let best: ScreenPoint | null = null;
  let bestDistance = Infinity;
  for (const point of points) {
    const distance = Math.hypot(point.x - x, point.y - y);
    if (distance <= point.r + margin && distance < bestDistance) [best, bestDistance] = [point, distance];
  }
  return best;
}

/** Pixels the pointer may wander between press and release and still select. */
export const DRAG_THRESHOLD = 4;

/**
 * A press on the map: it becomes a drag (the view pans with the pointer) once
 * the pointer moved past the threshold; a release without that selects what
 * was pressed.
 */
export class PointerGesture {
  #press: { x: number; y: number; start: MapView; code: string | null; moved: boolean } | null = null;

  get active(): boolean {
    return this.#press !== null;
  }

  down(x: number, y: number, start: MapView, code: string | null): void {
    this.#press = { x, y, start, code, moved: false };
  }

  /** The view to pan to, or null (no press, or still within the threshold). */
  move(x: number, y: number): MapView | null {
    const press = this.#press;
    if (!press) return null;
    if (!press.moved && Math.hypot(x - press.x, y - press.y) < DRAG_THRESHOLD) return null;
    press.moved = true;
    return panView(press.start, x - press.x, y - press.y);
  }

  /** The end of a press: whether it dragged, and the municipality pressed. Null without a press. */
  up(): { moved: boolean; code: string | null } | null {
    const press = this.#press;
    this.#press = null;
    return press ? { moved: press.moved, code: press.code } : null;
  }
}
