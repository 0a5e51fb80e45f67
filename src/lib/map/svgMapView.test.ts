import { describe, expect, it } from 'vitest';
import type { FeatureCollection, Point } from 'geojson';
import { projectionForView } from './svgMapGeometry';
import { drawPoints, keepSameView, openPoints, POINT_HIT_MARGIN, PointerGesture, pointAt, pointsInBox, viewTransform } from './svgMapView';

const view = { lon: 5.3, lat: 52.2, zoom: 8 };

describe('viewTransform', () => {
  it('is the identity when the view is the reference in a box of no size, and scales by powers of two', () => {
    expect(viewTransform(view, view, 0, 0)).toEqual({ k: 1, x: 0, y: 0 });
    const zoomed = viewTransform(view, { ...view, zoom: 9 }, 800, 600);
    expect(zoomed.k).toBe(2);
    // The reference point stays at the box centre when only the zoom changes.
    expect([zoomed.x, zoomed.y]).toEqual([400, 300]);
  });

  it('puts a reference-projected point where the live projection does', () => {
    const reference = { lon: 5.3, lat: 52.2, zoom: 10 };
    const live = { lon: 4.9, lat: 52.37, zoom: 9 };
    const [rx, ry] = projectionForView(reference, 0, 0)([4.7, 52.1])!;
    const t = viewTransform(reference, live, 800, 600);
    const [lx, ly] = projectionForView(live, 800, 600)([4.7, 52.1])!;
    expect(rx * t.k + t.x).toBeCloseTo(lx, 6);
    expect(ry * t.k + t.y).toBeCloseTo(ly, 6);
  });
});

describe('keepSameView', () => {
  it('keeps the previous object for the same centre and zoom, and takes any other view', () => {
    const previous = { lon: 5.3, lat: 52.2, zoom: 8 };
    expect(keepSameView(previous, { ...previous })).toBe(previous);
    const moved = { ...previous, zoom: 9 };
    expect(keepSameView(previous, moved)).toBe(moved);
    expect(keepSameView(null, moved)).toBe(moved);
    expect(keepSameView(previous, null)).toBeNull();
  });
});

describe('pointsInBox and openPoints', () => {
  const locations: FeatureCollection<Point, { id: string }> = {
    type: 'FeatureCollection',
    features: [
      { type: 'Feature', geometry: { type: 'Point', coordinates: [5.3, 52.2] }, properties: { id: 'centre' } },
      { type: 'Feature', geometry: { type: 'Point', coordinates: [5.31, 52.2] }, properties: { id: 'closed' } },
      { type: 'Feature', geometry: { type: 'Point', coordinates: [-40, 10] }, properties: { id: 'far' } },
    ],
  };
  it('keeps locations inside the box only, then the open ones of those', () => {
    const inBox = pointsInBox(locations, view, 800, 600);
    expect(inBox.map((p) => p.id)).toEqual(['centre', 'closed']);
    const points = openPoints(inBox, new Set(['centre', 'far']));
    expect(points.map((p) => p.id)).toEqual(['centre']);
    expect(points[0]!.x).toBeCloseTo(400, 6);
    expect(points[0]!.y).toBeCloseTo(300, 6);
  });
});

describe('drawPoints', () => {
  it('fills and outlines each point in turn, so a later point lies over an earlier one', () => {
    const calls: string[] = [];
    const context = {
      fillStyle: '',
      strokeStyle: '',
      lineWidth: 0,
      beginPath: () => calls.push('begin'),
      arc: (x: number, y: number, r: number) => calls.push(`arc ${x} ${y} ${r}`),
      fill: () => calls.push(`fill ${context.fillStyle}`),
      stroke: () => calls.push(`stroke ${context.strokeStyle} ${context.lineWidth}`),
    };
    drawPoints(
      context as unknown as Parameters<typeof drawPoints>[0],
      [
        { id: 'a', x: 10, y: 20, r: 1.5 },
        { id: 'b', x: 11, y: 20, r: 1.5 },
      ],
      { fill: '#fff', stroke: '#222', strokeWidth: 0.5 },
    );
    expect(calls).toEqual(['begin', 'arc 10 20 1.5', 'fill #fff', 'stroke #222 0.5', 'begin', 'arc 11 20 1.5', 'fill #fff', 'stroke #222 0.5']);
  });
});

describe('pointAt', () => {
  const points = [
    { id: 'a', x: 10, y: 10, r: 2 },
    { id: 'b', x: 16, y: 10, r: 2 },
  ];
  it('finds a point within its radius plus the hit margin, the nearest when two are in reach', () => {
    expect(pointAt(points, 10, 10)?.id).toBe('a');
    expect(pointAt(points, 10, 10 + 2 + POINT_HIT_MARGIN)?.id).toBe('a');
    expect(pointAt(points, 14, 10)?.id).toBe('b');
    expect(pointAt(points, 12.9, 10)?.id).toBe('a');
  });
  it('finds none beyond the margin or without points', () => {
    expect(pointAt(points, 10, 10 + 2 + POINT_HIT_MARGIN + 0.1)).toBeNull();
    expect(pointAt([], 10, 10)).toBeNull();
  });
});

describe('PointerGesture: press, drag, release', () => {
  it('selects what was pressed when the pointer stayed put', () => {
    const gesture = new PointerGesture();
    gesture.down(10, 10, view, 'GM0001');
    expect(gesture.move(12, 11)).toBeNull();
    expect(gesture.up()).toEqual({ moved: false, code: 'GM0001' });
    expect(gesture.active).toBe(false);
  });

  it('pans from the view at the press once past the threshold, and then keeps panning', () => {
    const gesture = new PointerGesture();
    gesture.down(10, 10, view, 'GM0001');
    const first = gesture.move(30, 10)!;
    expect(first.lon).toBeLessThan(view.lon);
    // Back within the threshold of the press: still a drag, to the view at the press.
    expect(gesture.move(11, 10)!.lon).toBeLessThan(view.lon);
    expect(gesture.up()).toEqual({ moved: true, code: 'GM0001' });
  });

  it('ignores moves and releases without a press', () => {
    const gesture = new PointerGesture();
    expect(gesture.move(5, 5)).toBeNull();
    expect(gesture.up()).toBeNull();
  });
});
