/**
 * The geography the generator works on: GeoJSON features per boundary
 * version, adjacency of 2019 municipalities, and "units": the 2019
 * municipalities grouped by the 2023 municipality they became. Organising the
 * werkgebieden by unit means every herindeling stays inside one organisation,
 * so each municipality of every quarter is served by exactly one.
 */
import { geoBounds, geoContains } from 'd3-geo';
import { feature, neighbors } from 'topojson-client';
import type { Feature, MultiPolygon, Polygon } from 'geojson';
import type { GeometryCollection, Topology } from 'topojson-specification';
import { createCodeResolver, type CodeResolver } from '../../../src/lib/data/lineage';
import { parseQuarterKey } from '../../../src/lib/domain/quarter';
import type { GeoIndex, Municipality } from '../../../src/lib/domain/types';
import type { Random } from './random';

type MunicipalityFeature = Feature<Polygon | MultiPolygon, { code: string; name: string; province: string }>;

export interface Unit {
  id: string;
  /** The 2019 municipalities of the unit. */
  codes2019: string[];
  provinceCode: string;
  /** Name of the unit's largest municipality, for organisation names. */
  name: string;
  /** Residents (2022) used as a weight; estimated where CBS gives none. */
  weight: number;
}

export interface Geography {
  index: GeoIndex;
  resolver: CodeResolver;
  featuresByVersion: Map<string, Map<string, MunicipalityFeature>>;
  municipalities2019: Municipality[];
  units: Unit[];
  unitOfCode2019: Map<string, Unit>;
  unitNeighbours: Map<string, Set<string>>;
}

const LAST_QUARTER = parseQuarterKey('2023-Q4')!;
const UNKNOWN_POPULATION_WEIGHT = 15_000;

export function buildGeography(index: GeoIndex, topologies: Map<string, Topology>): Geography {
  const resolver = createCodeResolver(index);
  const featuresByVersion = new Map<string, Map<string, MunicipalityFeature>>();
  for (const [id, topology] of topologies) {
    const collection = feature(topology, topology.objects['gemeenten'] as GeometryCollection) as unknown as { features: MunicipalityFeature[] };
    featuresByVersion.set(id, new Map(collection.features.map((f) => [f.properties.code, f])));
  }

  // Adjacency of 2019 municipalities: shared arcs in the topology.
  const first = index.versions[0]!;
  const topology2019 = topologies.get(first.id)!;
  const geometries = (topology2019.objects['gemeenten'] as GeometryCollection<{ code: string }>).geometries;
  const adjacency = neighbors(geometries as never);
  const codeOf = (g: { properties?: unknown }) => (g.properties as { code: string }).code;
  const neighbours2019 = new Map<string, string[]>(geometries.map((g, i) => [codeOf(g), adjacency[i]!.map((j) => codeOf(geometries[j]!))]));

  // Units: 2019 codes grouped by the single 2023 municipality they became; a split municipality stays a unit of its own.
  const populationByCode2023 = new Map(index.versions.at(-1)!.municipalities.map((m) => [m.code, m.population]));
  const groups = new Map<string, string[]>();
  for (const municipality of first.municipalities) {
    const targets = resolver.resolve(municipality.code, LAST_QUARTER);
    const key = targets.length === 1 ? targets[0]!.code : municipality.code;
    groups.set(key, [...(groups.get(key) ?? []), municipality.code]);
  }
  const byCode2019 = new Map(first.municipalities.map((m) => [m.code, m]));
  const units: Unit[] = [...groups].map(([key, codes]) => {
    const members = codes.map((c) => byCode2019.get(c)!);
    const largest = [...members].sort((a, b) => (b.population ?? 0) - (a.population ?? 0))[0]!;
    const known = populationByCode2023.get(key);
    return { id: key, codes2019: codes.sort(), provinceCode: members[0]!.provinceCode, name: largest.name, weight: known ?? UNKNOWN_POPULATION_WEIGHT * codes.length };
  });
  units.sort((a, b) => a.id.localeCompare(b.id));
  const unitOfCode2019 = new Map(units.flatMap((u) => u.codes2019.map((c) => [c, u] as const)));
  const unitNeighbours = new Map<string, Set<string>>(units.map((u) => [u.id, new Set<string>()]));
  for (const unit of units) {
    for (const code of unit.codes2019) {
      for (const other of neighbours2019.get(code) ?? []) {
        const otherUnit = unitOfCode2019.get(other)!;
        if (otherUnit !== unit && otherUnit.provinceCode === unit.provinceCode) unitNeighbours.get(unit.id)!.add(otherUnit.id);
      }
    }
  }
  return { index, resolver, featuresByVersion, municipalities2019: first.municipalities, units, unitOfCode2019, unitNeighbours };
}

/**
 * A random point inside the municipality's polygon (rejection sampling in its
 * bounding box). The shapes of one municipality differ slightly between
 * boundary versions (simplification), so the point must also lie inside the
 * municipality it becomes in every later version.
 */
export function randomPointIn(geography: Geography, versionId: string, code: string, random: Random): [number, number] {
  const shape = geography.featuresByVersion.get(versionId)?.get(code);
  if (!shape) throw new Error(`No shape for ${code} in ${versionId}`);
  const later = geography.index.versions.filter((v) => v.id > versionId).flatMap((v) => {
    const quarter = quarterOfVersion(v.id);
    const targets = geography.resolver.resolve(code, quarter);
    return targets.length === 1 ? [geography.featuresByVersion.get(v.id)!.get(targets[0]!.code)!] : [];
  });
  const [[west, south], [east, north]] = geoBounds(shape);
  for (let attempt = 0; attempt < 10_000; attempt++) {
    // Rounded to 5 decimals (about a metre) before the test, so the written point is the tested one.
    const lon = Math.round((west + random.next() * (east - west)) * 1e5) / 1e5;
    const lat = Math.round((south + random.next() * (north - south)) * 1e5) / 1e5;
    if (geoContains(shape, [lon, lat]) && later.every((other) => geoContains(other, [lon, lat]))) return [lon, lat];
  }
  throw new Error(`Could not place a point inside ${code}`);
}

/** The first quarter drawn on a boundary version: the one starting on or after its date. */
function quarterOfVersion(versionId: string): number {
  const [year, month, day] = versionId.split('-').map(Number);
  const quarter = year! * 4 + Math.floor((month! - 1) / 3);
  const startsQuarter = day === 1 && (month! - 1) % 3 === 0;
  return startsQuarter ? quarter : quarter + 1;
}

/** The municipality of a boundary version that contains the point. */
export function municipalityAt(geography: Geography, versionId: string, point: [number, number]): string | null {
  for (const [code, shape] of geography.featuresByVersion.get(versionId) ?? []) if (geoContains(shape, point)) return code;
  return null;
}
