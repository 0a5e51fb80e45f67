/**
 * The map as SVG geometry, drawn with d3-geo in the projection MapLibre uses
 * (Web Mercator, a world 512 px wide at zoom 0). Shared by the map without
 * WebGL (SvgMap.svelte) and the PNG/SVG export, so both show exactly the
 * shapes, view and zoom of the WebGL map. Pure: no DOM, no MapLibre.
 */
import { geoBounds, geoContains, geoMercator, type GeoProjection } from 'd3-geo';
import type { GeometryCollection } from 'topojson-specification';
import type { Feature, MultiPolygon, Polygon } from 'geojson';
import type { BoundaryLayers, MunicipalityProperties } from '../data/topologyToLayers';
import type { Bounds, MapView } from '../domain/types';
import { ArcPaths, registerMercator } from './arcPaths';
import { IDO_POINT_RADIUS_STOPS, valueAtZoom } from './mapDefaults';

export type { Bounds };

/** MapLibre's tile size: the world is TILE_SIZE · 2^zoom pixels wide. */
const TILE_SIZE = 512;

/** Mercator x, y of a lon/lat in the world at zoom 0 (0…512 both ways, y down). */
export function worldPoint(lon: number, lat: number): [number, number] {
  const phi = (Math.max(-85.05, Math.min(85.05, lat)) * Math.PI) / 180;
  return [(TILE_SIZE * (lon + 180)) / 360, TILE_SIZE * (0.5 - Math.log(Math.tan(Math.PI / 4 + phi / 2)) / (2 * Math.PI))];
}

function worldToLonLat(x: number, y: number): [number, number] {
  const lon = (x / TILE_SIZE) * 360 - 180;
  const lat = (Math.atan(Math.sinh(Math.PI * (1 - (2 * y) / TILE_SIZE))) * 180) / Math.PI;
  return [lon, lat];
}

/**
 * The d3 projection of a view in a width × height box: the same pixels as
 * MapLibre at that centre and zoom. No adaptive resampling (precision 0):
 * MapLibre draws straight lines between vertices in Mercator space too.
 */
export function projectionForView(view: MapView, width: number, height: number): GeoProjection {
  return registerMercator(
    geoMercator()
      .scale((TILE_SIZE * 2 ** view.zoom) / (2 * Math.PI))
      .center([view.lon, view.lat])
      .translate([width / 2, height / 2])
      .precision(0),
  );
}

/**
 * The view that shows `bounds` whole inside width × height, keeping `padding`
 * pixels free on every side (as MapLibre's fitBounds), at most `maxZoom`.
 */
export function fitView(bounds: Bounds, width: number, height: number, padding = 0, maxZoom = 22): MapView {
  const [west, south, east, north] = bounds;
  const [x0, y0] = worldPoint(west, north);
  const [x1, y1] = worldPoint(east, south);
  const spanX = Math.max(x1 - x0, 1e-9);
  const spanY = Math.max(y1 - y0, 1e-9);
  const scale = Math.min(Math.max(width - 2 * padding, 1) / spanX, Math.max(height - 2 * padding, 1) / spanY);
  const zoom = Math.min(Math.log2(scale), maxZoom);
  const [lon, lat] = worldToLonLat((x0 + x1) / 2, (y0 + y1) / 2);
  return { lon, lat, zoom };
}

/** The view moved by dx, dy screen pixels (a drag: the map follows the pointer). */
export function panView(view: MapView, dx: number, dy: number): MapView {
  const [cx, cy] = worldPoint(view.lon, view.lat);
  const scale = 2 ** view.zoom;
  const [lon, lat] = worldToLonLat(cx - dx / scale, cy - dy / scale);
  return { lon, lat, zoom: view.zoom };
}

/**
 * The view zoomed to `zoom` (clamped to min…max) keeping the point at screen
 * position x, y (in a width × height box) where it is: the wheel zooms
 * towards the pointer, the buttons towards the centre.
 */
export function zoomViewAt(view: MapView, zoom: number, x: number, y: number, width: number, height: number, min = 0, max = 22): MapView {
  const next = Math.min(max, Math.max(min, zoom));
  const [cx, cy] = worldPoint(view.lon, view.lat);
  const offsetX = x - width / 2;
  const offsetY = y - height / 2;
  const pointX = cx + offsetX / 2 ** view.zoom;
  const pointY = cy + offsetY / 2 ** view.zoom;
  const [lon, lat] = worldToLonLat(pointX - offsetX / 2 ** next, pointY - offsetY / 2 ** next);
  return { lon, lat, zoom: next };
}

/** What a view shows in a width × height box. */
export function viewBounds(view: MapView, width: number, height: number): Bounds {
  const [cx, cy] = worldPoint(view.lon, view.lat);
  const scale = 2 ** view.zoom;
  const [west, north] = worldToLonLat(cx - width / 2 / scale, cy - height / 2 / scale);
  const [east, south] = worldToLonLat(cx + width / 2 / scale, cy + height / 2 / scale);
  return [west, south, east, north];
}

/** The bounds of some municipalities (a province, a search result), as the WebGL map's zoomTo computes them; null for none. */
export function boundsOf(features: Feature<Polygon | MultiPolygon>[]): Bounds | null {
  if (!features.length) return null;
  const [[west, south], [east, north]] = geoBounds({ type: 'FeatureCollection', features });
  return [west!, south!, east!, north!];
}

export interface MapGeometry {
  /** One path per municipality of the boundary version, in the order of the layers. */
  municipalities: { code: string; name: string; d: string }[];
  /** Province borders and the coast, each arc once. */
  provinceBorders: string;
}

/**
 * Path strings of every municipality and of the province borders; `digits`
 * rounds coordinates (0.1 px is invisible). Drawn from the topology's arcs
 * (arcPaths.ts: each shared border projected once) and point by point,
 * without d3's spherical pipeline (rotation, antimeridian clipping,
 * resampling): Dutch shapes never reach the antimeridian and the projection
 * does not resample (precision 0), so the paths are those d3-geo's path
 * draws through the whole projection (tested), at a fraction of the work:
 * this is most of the work of the first map and of every boundary version's
 * first visit.
 */
export function mapGeometry(layers: BoundaryLayers, projection: GeoProjection, digits = 1): MapGeometry {
  const paths = new ArcPaths(layers.topology, projection, digits);
  const geometries = (layers.topology.objects['gemeenten'] as GeometryCollection).geometries;
  return {
    municipalities: layers.properties.map((properties, i) => ({ code: properties.code, name: properties.name, d: paths.area(geometries[i]!) })),
    provinceBorders: paths.lines(layers.provinceBorderArcs),
  };
}

/** The view the SVG map's paths are drawn in; the live view is a transform of it (svgMapView.viewTransform). */
export const REFERENCE_VIEW: MapView = { lon: 5.3, lat: 52.2, zoom: 10 };
const referenceProjection = projectionForView(REFERENCE_VIEW, 0, 0);

/**
 * The SVG map's paths of a boundary version (mapGeometry in the reference
 * view), computed once per version for the page (the shapes are one object
 * per version in the app's query cache): switching back to a version already
 * seen, or to another layout's map (presentation mode's), projects nothing.
 */
const projectedOnce = new WeakMap<BoundaryLayers, MapGeometry>();
export function referenceGeometry(layers: BoundaryLayers): MapGeometry {
  let geometry = projectedOnce.get(layers);
  if (!geometry) projectedOnce.set(layers, (geometry = mapGeometry(layers, referenceProjection)));
  return geometry;
}

/** The municipality at a lon/lat, or null (water, abroad). */
export function municipalityAt(features: readonly Feature<Polygon | MultiPolygon, MunicipalityProperties>[], lon: number, lat: number): string | null {
  return features.find((f) => geoContains(f, [lon, lat]))?.properties.code ?? null;
}

/** Radius of an IDO point at a zoom, as the WebGL map's `circle-radius` (see IDO_POINT_RADIUS_STOPS). */
export function idoPointRadius(zoom: number): number {
  return valueAtZoom(IDO_POINT_RADIUS_STOPS, zoom);
}
