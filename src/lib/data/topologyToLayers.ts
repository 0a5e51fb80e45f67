/**
 * TopoJSON of one boundary version → the GeoJSON layers the map draws.
 * Municipalities keep their CBS code as `code` (MapLibre promotes it to the
 * feature id, so feature-state can be keyed by code); province borders are a
 * mesh of shared arcs, so each border is drawn once.
 */
import { feature, mesh } from 'topojson-client';
import type { FeatureCollection, MultiLineString, MultiPolygon, Polygon } from 'geojson';
import type { GeometryCollection, Topology } from 'topojson-specification';
import { buildNeighbourIndex, type NeighbourIndex } from './neighbours';

export interface MunicipalityProperties {
  code: string;
  name: string;
  province: string;
}

export interface BoundaryLayers {
  versionId: string;
  municipalities: FeatureCollection<Polygon | MultiPolygon, MunicipalityProperties>;
  provinceBorders: MultiLineString;
  /** [west, south, east, north] */
  bbox: [number, number, number, number];
  /** Who borders whom, for moving between municipalities by keyboard (computed when first asked for). */
  readonly neighbours: NeighbourIndex;
}

export function topologyToLayers(topology: Topology, versionId: string): BoundaryLayers {
  const municipalitiesObject = topology.objects['gemeenten'] as GeometryCollection<MunicipalityProperties> | undefined;
  const provincesObject = topology.objects['provincies'] as GeometryCollection | undefined;
  if (!municipalitiesObject || !provincesObject) {
    throw new Error(`Boundary version ${versionId}: the TopoJSON needs objects "gemeenten" and "provincies"`);
  }
  const municipalities = feature(topology, municipalitiesObject) as FeatureCollection<Polygon | MultiPolygon, MunicipalityProperties>;
  // Without a filter the mesh holds every province border and the coast, each arc once.
  const provinceBorders = mesh(topology, provincesObject);
  const [west, south, east, north] = (topology.bbox ?? [3.36, 50.75, 7.23, 53.56]) as number[];
  // Computed on first use (a key press on a selection, a search): a fifth of this function's work, which the first map need not wait for.
  let neighbours: NeighbourIndex | undefined;
  return {
    versionId,
    municipalities,
    provinceBorders,
    bbox: [west!, south!, east!, north!],
    get neighbours() {
      return (neighbours ??= buildNeighbourIndex(topology, municipalities.features));
    },
  };
}
