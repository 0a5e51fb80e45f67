/**
 * Municipality shapes of one boundary version by CBS code, for the check that
 * a location lies inside its municipality. Built from the TopoJSON (data
 * build) or from the GeoJSON the map already has (browser worker).
 */
import { feature } from 'topojson-client';
import type { Feature, FeatureCollection, MultiPolygon, Polygon } from 'geojson';
import type { GeometryCollection, Topology } from 'topojson-specification';
import type { MunicipalityShapes } from './parseDataset';

export function shapesFromFeatures(collection: FeatureCollection<Polygon | MultiPolygon, { code: string }>): MunicipalityShapes {
  return new Map(collection.features.map((f) => [f.properties.code, f as Feature<Polygon | MultiPolygon>]));
}

export function shapesFromTopology(topology: Topology): MunicipalityShapes {
  const collection = feature(topology, topology.objects['gemeenten'] as GeometryCollection) as unknown as FeatureCollection<Polygon | MultiPolygon, { code: string }>;
  return shapesFromFeatures(collection);
}
