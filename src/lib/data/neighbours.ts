/**
 * Moving between neighbouring municipalities with the arrow keys: which
 * municipalities share a border (from the topology's shared arcs), and which
 * neighbour lies most nearly in a direction.
 */
import { geoCentroid } from 'd3-geo';
import { neighbors } from 'topojson-client';
import type { Feature, MultiPolygon, Polygon } from 'geojson';
import type { GeometryCollection, Topology } from 'topojson-specification';

export type Direction = 'up' | 'down' | 'left' | 'right';

export interface NeighbourIndex {
  neighbours: Map<string, string[]>;
  /** [lon, lat] of each municipality's centroid. */
  centroids: Map<string, [number, number]>;
}

export function buildNeighbourIndex(topology: Topology, features: Feature<Polygon | MultiPolygon, { code: string }>[]): NeighbourIndex {
  const geometries = (topology.objects['gemeenten'] as GeometryCollection).geometries;
  const codeOf = (i: number) => (geometries[i]!.properties as { code: string }).code;
  const adjacency = neighbors(geometries as never);
  return {
    neighbours: new Map(geometries.map((_, i) => [codeOf(i), adjacency[i]!.map(codeOf).sort()])),
    centroids: new Map(features.map((f) => [f.properties.code, geoCentroid(f) as [number, number]])),
  };
}

const VECTORS: Record<Direction, [number, number]> = { up: [0, 1], down: [0, -1], left: [-1, 0], right: [1, 0] };

/**
 * The neighbour whose centroid lies closest to the direction (within 90° of
 * it), or null. Longitude is scaled by cos(latitude) so east–west distances
 * compare fairly with north–south ones.
 */
export function neighbourInDirection(index: NeighbourIndex, code: string, direction: Direction): string | null {
  const from = index.centroids.get(code);
  if (!from) return null;
  const [dx, dy] = VECTORS[direction];
  const scale = Math.cos((from[1] * Math.PI) / 180);
  let best: { code: string; angle: number } | null = null;
  for (const candidate of index.neighbours.get(code) ?? []) {
    const to = index.centroids.get(candidate);
    if (!to) continue;
    const vx = (to[0] - from[0]) * scale;
    const vy = to[1] - from[1];
    const length = Math.hypot(vx, vy);
    if (length === 0) continue;
    const angle = Math.acos((vx * dx + vy * dy) / length);
    if (angle < Math.PI / 2 && (!best || angle < best.angle)) best = { code: candidate, angle };
  }
  return best?.code ?? null;
}
