import type { Feature, Polygon } from 'geojson';
import { geoPath, geoTransverseMercator, type GeoProjection } from 'd3-geo';
import { describe, expect, it, vi } from 'vitest';
import * as topojson from 'topojson-client';
import type { Topology } from 'topojson-specification';
import { defaultGeoDir, readSharedGeo } from '../../../scripts/lib/readSharedGeo';
import { servedTopology } from '../../../scripts/build-geo';
import { topologyToLayers, withIndexNames } from '../data/topologyToLayers';
import { rowTopology } from '../state/fixtures/dashboardFixture';
import type { BoundaryLayers, MunicipalityProperties } from '../data/topologyToLayers';
import { IDO_POINT_RADIUS_STOPS, IDO_POINT_STROKE_STOPS, valueAtZoom, zoomExpression } from './mapDefaults';
import { boundsOf, fitView, idoPointRadius, mapGeometry, municipalityAt, panView, projectionForView, REFERENCE_VIEW, referenceGeometry, viewBounds, worldPoint, zoomViewAt, type Bounds } from './svgMapGeometry';

/** A square municipality, clockwise as d3-geo expects exterior rings. */
const square = (code: string, west: number, south: number, size = 0.1): Feature<Polygon, MunicipalityProperties> => ({
  type: 'Feature',
  properties: { code, name: `Gemeente ${code}`, province: 'PV26' },
  geometry: { type: 'Polygon', coordinates: [[[west, south], [west, south + size], [west + size, south + size], [west + size, south], [west, south]]] },
});
const features = [square('GM0001', 5, 52), square('GM0002', 5.1, 52), square('GM0003', 5, 52.1)];
const layers = {
  versionId: 'test',
  municipalities: { type: 'FeatureCollection', features },
  provinceBorders: { type: 'MultiLineString', coordinates: [[[5, 52], [5.2, 52]]] },
  bbox: [5, 52, 5.2, 52.2],
} as unknown as BoundaryLayers;

const sharedGeo = readSharedGeo(defaultGeoDir());

const NETHERLANDS: Bounds = [3.36, 50.75, 7.23, 53.56];

describe('projectionForView', () => {
  it.each([
    [{ lon: 5.1, lat: 52.1, zoom: 7 }, 800, 600],
    [{ lon: 4.9, lat: 52.37, zoom: 11.5 }, 1920, 1080],
    [{ lon: 0, lat: 0, zoom: 0 }, 512, 512],
  ])('puts the centre of %j in the middle and scales as MapLibre (world 512 · 2^zoom px)', (view, width, height) => {
    const projection = projectionForView(view, width, height);
    const [x, y] = projection([view.lon, view.lat])!;
    expect(x).toBeCloseTo(width / 2, 6);
    expect(y).toBeCloseTo(height / 2, 6);
    const [px, py] = projection([view.lon + 0.05, view.lat - 0.03])!;
    const [wx0, wy0] = worldPoint(view.lon, view.lat);
    const [wx1, wy1] = worldPoint(view.lon + 0.05, view.lat - 0.03);
    expect(px - x).toBeCloseTo((wx1 - wx0) * 2 ** view.zoom, 4);
    expect(py - y).toBeCloseTo((wy1 - wy0) * 2 ** view.zoom, 4);
  });
});

describe('fitView and viewBounds', () => {
  it.each([
    [NETHERLANDS, 800, 600, 0],
    [NETHERLANDS, 1920, 1080, 16],
    [NETHERLANDS, 375, 700, 16],
    [[4.7, 52.2, 5.1, 52.5] as Bounds, 1280, 720, 60],
  ])('shows %j whole in %d × %d (padding %d), tight on one axis', (bounds, width, height, padding) => {
    const view = fitView(bounds, width, height, padding);
    const shown = viewBounds(view, width, height);
    expect(shown[0]).toBeLessThanOrEqual(bounds[0] + 1e-9);
    expect(shown[1]).toBeLessThanOrEqual(bounds[1] + 1e-9);
    expect(shown[2]).toBeGreaterThanOrEqual(bounds[2] - 1e-9);
    expect(shown[3]).toBeGreaterThanOrEqual(bounds[3] - 1e-9);
    const projection = projectionForView(view, width, height);
    const [x0, y0] = projection([bounds[0], bounds[3]])!;
    const [x1, y1] = projection([bounds[2], bounds[1]])!;
    const slack = Math.min(x0 - padding, width - padding - x1, y0 - padding, height - padding - y1);
    expect(slack).toBeGreaterThanOrEqual(-1e-6);
    expect(Math.min(x0 - padding + (width - padding - x1), y0 - padding + (height - padding - y1))).toBeCloseTo(0, 4);
  });

  describe('edge cases', () => {
    it('stops at maxZoom for a tiny area', () => {
      expect(fitView([5, 52, 5.0001, 52.0001], 800, 600, 0, 9.5).zoom).toBe(9.5);
    });
    it('does not break on a single point or a padding larger than the box', () => {
      const view = fitView([5, 52, 5, 52], 100, 100, 80, 12);
      expect(view).toEqual({ lon: expect.closeTo(5, 6), lat: expect.closeTo(52, 6), zoom: 12 });
    });
  });
});

describe('panView and zoomViewAt', () => {
  const view = { lon: 5.1, lat: 52.1, zoom: 8 };
  const screen = (v: typeof view, lon: number, lat: number) => projectionForView(v, 800, 600)([lon, lat])!;

  it.each([
    [100, 0],
    [-40, 75],
    [0, 0],
  ])('a drag by %d, %d moves every point on screen by as much', (dx, dy) => {
    const [x0, y0] = screen(view, 5.3, 52.0);
    const [x1, y1] = screen(panView(view, dx, dy), 5.3, 52.0);
    expect(x1 - x0).toBeCloseTo(dx, 6);
    expect(y1 - y0).toBeCloseTo(dy, 6);
  });

  it.each([
    [9, 400, 300],
    [7, 100, 500],
    [10.5, 790, 10],
  ])('zooming to %d keeps the point under %d, %d in place', (zoom, x, y) => {
    const before = projectionForView(view, 800, 600).invert!([x, y])!;
    const next = zoomViewAt(view, zoom, x, y, 800, 600);
    expect(next.zoom).toBe(zoom);
    const [sx, sy] = screen(next, before[0], before[1]);
    expect(sx).toBeCloseTo(x, 6);
    expect(sy).toBeCloseTo(y, 6);
  });

  describe('edge cases', () => {
    it('clamps the zoom to the allowed range', () => {
      expect(zoomViewAt(view, 20, 0, 0, 800, 600, 5, 12).zoom).toBe(12);
      expect(zoomViewAt(view, 1, 0, 0, 800, 600, 5, 12).zoom).toBe(5);
    });
  });
});

describe('mapGeometry', () => {
  const rows = topologyToLayers(rowTopology(['GM0001', 'GM0002', 'GM0003'], [1, 2, 1]), 'rows');
  /** What d3-geo's path draws from the GeoJSON through the whole projection: the paths must be exactly these. */
  const viaD3 = (layers: BoundaryLayers, projection: GeoProjection) => {
    const path = geoPath(projection).digits(1);
    return { municipalities: layers.municipalities.features.map((f) => path(f) ?? ''), provinceBorders: path(layers.provinceBorders) ?? '' };
  };
  const drawn = (layers: BoundaryLayers, projection: GeoProjection) => {
    const geometry = mapGeometry(layers, projection);
    return { municipalities: geometry.municipalities.map((m) => m.d), provinceBorders: geometry.provinceBorders };
  };

  it('draws one closed path per municipality, in the order of the layers, and the province borders', () => {
    const geometry = mapGeometry(rows, projectionForView(fitView(rows.bbox, 400, 400), 400, 400));
    expect(geometry.municipalities.map((m) => [m.code, m.name])).toEqual([['GM0001', 'GM0001'], ['GM0002', 'GM0002'], ['GM0003', 'GM0003']]);
    for (const m of geometry.municipalities) expect(m.d).toMatch(/^M[\d.,-]+(L[\d.,-]+)+Z$/);
    expect(geometry.provinceBorders).toMatch(/^M[\d.,-]+(L[\d.,-]+)+$/);
  });

  it.each(sharedGeo.index.versions.map((version) => version.id))(
    'draws the %s boundaries as served exactly as d3-geo draws their GeoJSON, shared borders and enclaves included',
    (id) => {
      const layers = topologyToLayers(withIndexNames(servedTopology(sharedGeo.topologies.get(id)!), sharedGeo.index.versions.find((v) => v.id === id)!), id);
      for (const projection of [projectionForView({ lon: 5.3, lat: 52.2, zoom: 10 }, 0, 0), projectionForView({ lon: 4.9, lat: 52.37, zoom: 12.3 }, 1280, 800)]) {
        expect(drawn(layers, projection)).toEqual(viaD3(layers, projection));
      }
    },
  );

  it("projects a view's points with d3-geo's own arithmetic, and any other projection through d3-geo", () => {
    const layers = topologyToLayers(withIndexNames(servedTopology(sharedGeo.topologies.get('2023-01-01')!), sharedGeo.index.versions.find((v) => v.id === '2023-01-01')!), '2023-01-01');
    const view = projectionForView({ lon: 5.3, lat: 52.2, zoom: 9 }, 900, 700);
    // A rotated or reflected copy of the view's projection, and one d3 made that the app did not: none may take the short way.
    const rotated = projectionForView({ lon: 5.3, lat: 52.2, zoom: 9 }, 900, 700).rotate([-5, 0]);
    const reflected = projectionForView({ lon: 5.3, lat: 52.2, zoom: 9 }, 900, 700).reflectY(true);
    const other = geoTransverseMercator().fitSize([900, 700], layers.municipalities);
    for (const projection of [view, rotated, reflected, other]) expect(drawn(layers, projection)).toEqual(viaD3(layers, projection));
    expect(drawn(layers, rotated).municipalities[0]).not.toEqual(drawn(layers, view).municipalities[0]);
  });

  it('draws holes, arcs walked backwards, rings of few points and a topology without a transform as d3-geo does', () => {
    // An enclave: GM0002 is a hole in GM0001 (its ring walked backwards), and a ring of one arc with three points (topojson pads it).
    // Exterior rings clockwise, holes anticlockwise, as d3-geo's spherical path expects.
    const topology = {
      type: 'Topology',
      arcs: [
        [[5, 52], [5, 52.3], [5.3, 52.3], [5.3, 52], [5, 52]],
        [[5.1, 52.1], [5.1, 52.2], [5.2, 52.2], [5.2, 52.1], [5.1, 52.1]],
        [[5.5, 52], [5.6, 52.1], [5.5, 52]],
      ],
      objects: {
        gemeenten: {
          type: 'GeometryCollection',
          geometries: [
            { type: 'Polygon', arcs: [[0], [~1]], properties: { code: 'GM0001', name: 'Buiten', province: 'PV26' } },
            { type: 'Polygon', arcs: [[1]], properties: { code: 'GM0002', name: 'Enclave', province: 'PV26' } },
            { type: 'MultiPolygon', arcs: [[[2]], [[1]]], properties: { code: 'GM0003', name: 'Spits', province: 'PV26' } },
          ],
        },
        provincies: { type: 'GeometryCollection', geometries: [{ type: 'Polygon', arcs: [[0]] }, { type: 'Polygon', arcs: [[2]] }] },
      },
    } as unknown as Topology;
    const layers = topologyToLayers(topology, 'holes');
    const projection = projectionForView({ lon: 5.2, lat: 52.1, zoom: 11 }, 640, 480);
    expect(drawn(layers, projection)).toEqual(viaD3(layers, projection));
    expect(mapGeometry(layers, projection).municipalities[0]!.d.match(/M/g)).toHaveLength(2);
  });

  it('rounds coordinates to the digits asked for', () => {
    const coarse = mapGeometry(rows, projectionForView({ lon: 5.1, lat: 52.1, zoom: 9 }, 400, 400), 0);
    expect(coarse.municipalities[0]!.d).not.toMatch(/\./);
  });

  it('draws without making the GeoJSON', () => {
    const layers = topologyToLayers(rowTopology(['GM0001', 'GM0002'], [1, 1]), 'lazy');
    const made = vi.spyOn(topojson, 'feature');
    mapGeometry(layers, projectionForView({ lon: 5.1, lat: 52.1, zoom: 9 }, 400, 400));
    expect(made).not.toHaveBeenCalled();
    expect(layers.municipalities.features).toHaveLength(2);
    expect(made).toHaveBeenCalledTimes(1);
  });
});

describe('referenceGeometry', () => {
  it('is mapGeometry in the reference view, worked out once per boundary version for every map of the page', () => {
    const layers = topologyToLayers(rowTopology(['GM0001', 'GM0002'], [1, 2]), 'rows');
    const first = referenceGeometry(layers);
    expect(first).toEqual(mapGeometry(layers, projectionForView(REFERENCE_VIEW, 0, 0)));
    // A second map (presentation mode's) or a switch back to the version gets the same paths, not a new projection.
    expect(referenceGeometry(layers)).toBe(first);
    // Another version (another layers object) has paths of its own.
    expect(referenceGeometry(topologyToLayers(rowTopology(['GM0001', 'GM0002'], [1, 2]), 'rows'))).not.toBe(first);
  });
});

describe('municipalityAt and boundsOf', () => {
  it.each([
    [5.05, 52.05, 'GM0001'],
    [5.15, 52.05, 'GM0002'],
    [5.05, 52.15, 'GM0003'],
    [5.15, 52.15, null],
    [3, 51, null],
  ])('at %d, %d: %s', (lon, lat, code) => {
    expect(municipalityAt(features, lon, lat)).toBe(code);
  });

  it('bounds of some municipalities, null for none', () => {
    const bounds = boundsOf([features[0]!, features[1]!])!;
    expect(bounds.map((v) => Math.round(v * 1000) / 1000)).toEqual([5, 52, 5.2, 52.1]);
    expect(boundsOf([])).toBeNull();
  });
});

describe('idoPointRadius', () => {
  it('follows the shared stops, flat outside them', () => {
    expect(idoPointRadius(4)).toBe(IDO_POINT_RADIUS_STOPS[0]![1]);
    expect(idoPointRadius(13)).toBe(IDO_POINT_RADIUS_STOPS.at(-1)![1]);
    for (const [zoom, radius] of IDO_POINT_RADIUS_STOPS) expect(idoPointRadius(zoom)).toBeCloseTo(radius, 6);
    const [[z0, r0], [z1, r1]] = IDO_POINT_RADIUS_STOPS as [readonly [number, number], readonly [number, number]];
    expect(idoPointRadius((z0 + z1) / 2)).toBeCloseTo((r0 + r1) / 2, 6);
  });

  it('grows with zoom and never shrinks', () => {
    for (let zoom = 4; zoom < 12; zoom += 0.25) expect(idoPointRadius(zoom + 0.25)).toBeGreaterThanOrEqual(idoPointRadius(zoom));
  });

  // The issue: on a phone ~670 points at the whole country buried the choropleth.
  it.each([
    ['a phone', 355, 300],
    ['a desk', 950, 420],
    ['a large screen', 1800, 900],
  ])('at the whole country on %s, 700 points (with outline) cover under a fifth of the land (they covered most of it at 2.5 px with a 1.5 px outline)', (_, width, height) => {
    const netherlands: Bounds = [3.36, 50.75, 7.23, 53.55];
    const view = fitView(netherlands, width, height, 16, 9.5);
    const [west, south, east, north] = netherlands;
    const projection = projectionForView(view, width, height);
    const [x0, y0] = projection([west, north])!;
    const [x1, y1] = projection([east, south])!;
    // The land is about half the bounding box (sea, Germany, Belgium).
    const landArea = ((x1 - x0) * (y1 - y0)) / 2;
    const radius = idoPointRadius(view.zoom) + valueAtZoom(IDO_POINT_STROKE_STOPS, view.zoom) / 2;
    expect((700 * Math.PI * radius ** 2) / landArea).toBeLessThan(0.2);
    // ...and are still there to see.
    expect(idoPointRadius(view.zoom)).toBeGreaterThanOrEqual(0.7);
  });
});

describe('zoomExpression', () => {
  it('gives MapLibre the same stops the SVG map uses', () => {
    expect(zoomExpression(IDO_POINT_RADIUS_STOPS)).toEqual(['interpolate', ['linear'], ['zoom'], ...IDO_POINT_RADIUS_STOPS.flat()]);
  });
});
