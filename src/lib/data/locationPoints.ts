/**
 * Library locations as GeoJSON points for the map, one feature per location
 * id (a location that changed organisation keeps its point). Uploaded once per
 * dataset; which points show is feature-state per quarter.
 */
import type { FeatureCollection, Point } from 'geojson';
import type { LibraryLocation } from '../domain/types';

export function locationPoints(locations: readonly LibraryLocation[]): FeatureCollection<Point, { id: string; name: string }> {
  const seen = new Set<string>();
  const features: FeatureCollection<Point, { id: string; name: string }>['features'] = [];
  for (const location of locations) {
    if (seen.has(location.id)) continue;
    seen.add(location.id);
    features.push({ type: 'Feature', geometry: { type: 'Point', coordinates: [location.lon, location.lat] }, properties: { id: location.id, name: location.name } });
  }
  return { type: 'FeatureCollection', features };
}
