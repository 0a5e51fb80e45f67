/**
 * TopoJSON of one boundary version → the layers the maps draw.
 * Municipalities keep their CBS code as `code` (MapLibre promotes it to the
 * feature id, so feature-state can be keyed by code); province borders are a
 * mesh of the arcs where two municipalities of different provinces meet,
 * and of the coast, so each border is drawn once.
 *
 * The GeoJSON is made when first asked for: the SVG map draws from the
 * topology's arcs (map/arcPaths.ts), so the first map waits for neither.
 * MapLibre, the hit test under the pointer and zooming to a selection ask
 * for it later.
 */
import { feature, meshArcs } from 'topojson-client';
import type { FeatureCollection, MultiLineString, MultiPolygon, Polygon } from 'geojson';
import type { GeometryCollection, MultiLineString as TopoMultiLineString, Topology } from 'topojson-specification';
import type { BoundaryVersion } from '../domain/types';
import { buildNeighbourIndex, type NeighbourIndex } from './neighbours';

export interface MunicipalityProperties {
  code: string;
  name: string;
  province: string;
}

export interface BoundaryLayers {
  versionId: string;
  /** The TopoJSON as loaded: its object `gemeenten` (one geometry per municipality, in the order of `municipalities`) and its arcs. */
  readonly topology: Topology;
  /** Each municipality's code, name and province, in the order of the shapes (no coordinates made). */
  readonly properties: readonly MunicipalityProperties[];
  /** As GeoJSON (made when first asked for). */
  readonly municipalities: FeatureCollection<Polygon | MultiPolygon, MunicipalityProperties>;
  /** The province borders and the coast as arcs of the topology, stitched into lines, each arc once. */
  readonly provinceBorderArcs: Pick<TopoMultiLineString, 'type' | 'arcs'>;
  /** The same as GeoJSON (made when first asked for). */
  readonly provinceBorders: MultiLineString;
  /** [west, south, east, north] */
  bbox: [number, number, number, number];
  /** Who borders whom, for moving between municipalities by keyboard (computed when first asked for). */
  readonly neighbours: NeighbourIndex;
}

/**
 * The topology with each municipality's name and province from the geo
 * index. The data build writes only the codes into a version's file: the
 * index, which the app has before any shapes, names them already, and each
 * file is smaller for it. A code the index does not list (a file
 * from elsewhere) keeps what its file says, or its code as its name.
 */
export function withIndexNames(topology: Topology, version: Pick<BoundaryVersion, 'municipalities'>): Topology {
  const object = topology.objects['gemeenten'] as GeometryCollection<Partial<MunicipalityProperties>> | undefined;
  if (!object) return topology;
  const listed = new Map(version.municipalities.map((m) => [m.code, m]));
  const geometries = object.geometries.map((geometry) => {
    const own = (geometry.properties ?? {}) as Partial<MunicipalityProperties>;
    const code = own.code ?? '';
    const municipality = listed.get(code);
    const properties: MunicipalityProperties = {
      code,
      name: municipality?.name ?? own.name ?? code,
      province: municipality?.provinceCode ?? own.province ?? '',
    };
    return { ...geometry, properties };
  });
  return { ...topology, objects: { ...topology.objects, gemeenten: { ...object, geometries } } } as Topology;
}

const provinceOf = (geometry: { properties?: unknown }) => (geometry.properties as Partial<MunicipalityProperties> | undefined)?.province;

export function topologyToLayers(topology: Topology, versionId: string): BoundaryLayers {
  const municipalitiesObject = topology.objects['gemeenten'] as GeometryCollection<MunicipalityProperties> | undefined;
  if (!municipalitiesObject) {
    throw new Error(`Boundary version ${versionId}: the TopoJSON needs an object "gemeenten"`);
  }
  const [west, south, east, north] = (topology.bbox ?? [3.36, 50.75, 7.23, 53.56]) as number[];
  // Each computed on first use; the neighbours (a key press on a selection, a search) were a fifth of the work before the first map.
  let municipalities: FeatureCollection<Polygon | MultiPolygon, MunicipalityProperties> | undefined;
  let provinceBorderArcs: Pick<TopoMultiLineString, 'type' | 'arcs'> | undefined;
  let provinceBorders: MultiLineString | undefined;
  let neighbours: NeighbourIndex | undefined;
  return {
    versionId,
    topology,
    properties: municipalitiesObject.geometries.map((geometry) => geometry.properties as MunicipalityProperties),
    get municipalities() {
      return (municipalities ??= feature(topology, municipalitiesObject) as FeatureCollection<Polygon | MultiPolygon, MunicipalityProperties>);
    },
    get provinceBorderArcs() {
      // The arcs between municipalities of two provinces and those with one side only (the coast), each once: the
      // provinces' own outlines share exactly these arcs (tests/unit/served-boundaries.test.ts), so the files need not carry them.
      return (provinceBorderArcs ??= meshArcs(topology, municipalitiesObject, (a, b) => a === b || provinceOf(a) !== provinceOf(b)) as Pick<TopoMultiLineString, 'type' | 'arcs'>);
    },
    get provinceBorders() {
      return (provinceBorders ??= feature(topology, this.provinceBorderArcs as TopoMultiLineString).geometry as MultiLineString);
    },
    bbox: [west!, south!, east!, north!],
    get neighbours() {
      return (neighbours ??= buildNeighbourIndex(topology, this.municipalities.features));
    },
  };
}
