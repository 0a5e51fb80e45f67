import { feature } from 'topojson-client';
import type { Feature, MultiPolygon, Polygon } from 'geojson';
import type { GeometryCollection } from 'topojson-specification';
import { describe, expect, it } from 'vitest';
import { defaultGeoDir, readSharedGeo } from '../../../scripts/lib/readSharedGeo';
import { buildNeighbourIndex, neighbourInDirection } from './neighbours';

const { topologies } = readSharedGeo(defaultGeoDir());
const topology = topologies.get('2023-01-01')!;
const features = (feature(topology, topology.objects['gemeenten'] as GeometryCollection) as unknown as { features: Feature<Polygon | MultiPolygon, { code: string }>[] }).features;
const index = buildNeighbourIndex(topology, features);

describe('neighbouring municipalities', () => {
  it('knows who shares a border', () => {
    expect(index.neighbours.get('GM0344')).toContain('GM0356'); // Utrecht – Nieuwegein
    expect(index.neighbours.get('GM0363')).toContain('GM0362'); // Amsterdam – Amstelveen
    expect(index.neighbours.get('GM0344')).not.toContain('GM0363');
  });

  it.each([
    ['GM0344', 'down', 'GM0356'], // Utrecht → Nieuwegein (south)
    ['GM0356', 'up', 'GM0344'], // and back north
    ['GM0363', 'down', 'GM0437'], // Amsterdam → Ouder-Amstel, straight south of its centroid
  ] as const)('%s %s → %s', (code, direction, expected) => {
    expect(neighbourInDirection(index, code, direction)).toBe(expected);
  });

  describe('edge cases', () => {
    it('finds no neighbour for an island and none for an unknown code', () => {
      expect(neighbourInDirection(index, 'GM0448', 'up')).toBeNull(); // Texel
      expect(neighbourInDirection(index, 'GM9999', 'left')).toBeNull();
    });
    it('only moves within 90° of the direction', () => {
      const west = neighbourInDirection(index, 'GM0344', 'left')!;
      const [x0] = index.centroids.get('GM0344')!;
      expect(index.centroids.get(west)![0]).toBeLessThan(x0);
    });
  });
});
