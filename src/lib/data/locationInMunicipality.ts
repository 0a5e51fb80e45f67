/** Whether a location's point lies inside a municipality's shape (spherical test, as d3-geo draws). */
import { geoContains } from 'd3-geo';
import type { Feature, MultiPolygon, Polygon } from 'geojson';

export function locationInMunicipality(shape: Feature<Polygon | MultiPolygon>, lon: number, lat: number): boolean {
  return geoContains(shape, [lon, lat]);
}
