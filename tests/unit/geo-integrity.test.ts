/**
 * The shared boundaries are what the map draws and what every row of data is
 * resolved against: check that they agree with their own lists.
 */
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { csvParse } from 'd3-dsv';
import type { GeometryCollection, Topology } from 'topojson-specification';
import { describe, expect, it } from 'vitest';
import { geoArea, geoBounds } from 'd3-geo';
import { feature, neighbors } from 'topojson-client';
import { BOUNDARY_GRID_STEPS, onCoarserGrid } from '../../scripts/lib/coarserGrid';
import { defaultGeoDir, readSharedGeo } from '../../scripts/lib/readSharedGeo';

const geoDir = defaultGeoDir();
const { index, topologies } = readSharedGeo(geoDir);
const props = (g: { properties?: unknown }) => g.properties as { code: string; province: string };
const listed = csvParse(readFileSync(join(geoDir, 'gemeenten.csv'), 'utf8'));

describe('boundary versions', () => {
  it('are the five versions of the README with their municipality counts', () => {
    expect(index.versions.map((v) => [v.id, v.municipalities.length])).toEqual([
      ['2019-01-01', 355],
      ['2021-01-01', 352],
      ['2022-01-01', 345],
      ['2022-03-24', 344],
      ['2023-01-01', 342],
    ]);
  });

  for (const version of ['2019-01-01', '2021-01-01', '2022-01-01', '2022-03-24', '2023-01-01']) {
    it(`${version}: topology ids equal the municipalities listed in gemeenten.csv, each with a province of its topology`, () => {
      const topology = topologies.get(version)!;
      const geometries = (topology.objects['gemeenten'] as GeometryCollection<{ code: string; province: string }>).geometries;
      const provinceCodes = new Set((topology.objects['provincies'] as GeometryCollection).geometries.map((g) => props(g).code));
      const ids = geometries.map((g) => props(g).code).sort();
      const expected = listed.filter((row) => row['boundary_version'] === version).map((row) => row['code']).sort();
      expect(ids).toEqual(expected);
      for (const geometry of geometries) expect(provinceCodes.has(props(geometry).province), props(geometry).code).toBe(true);
      expect(provinceCodes.size).toBe(12);
    });
  }

  it('every lineage row joins municipalities of consecutive versions', () => {
    const codesOf = new Map(index.versions.map((v) => [v.id, new Set(v.municipalities.map((m) => m.code))]));
    expect(index.lineage.length).toBeGreaterThan(0);
    for (const edge of index.lineage) {
      expect(codesOf.get(edge.fromVersion)!.has(edge.fromCode), `${edge.fromCode} in ${edge.fromVersion}`).toBe(true);
      expect(codesOf.get(edge.toVersion)!.has(edge.toCode), `${edge.toCode} in ${edge.toVersion}`).toBe(true);
    }
  });

  it('knows the population where CBS gives it and leaves it unknown elsewhere (never invented)', () => {
    const latest = index.versions.at(-1)!;
    expect(latest.municipalities.every((m) => m.population !== null)).toBe(true);
    expect(latest.municipalities.reduce((sum, m) => sum + m.population!, 0)).toBe(17_590_672);
    const appingedam = index.versions[0]!.municipalities.find((m) => m.code === 'GM0003')!;
    expect(appingedam.population).toBeNull();
  });
});

describe('bad input', () => {
  const copy = () => {
    const dir = mkdtempSync(join(tmpdir(), 'bbv-geo-'));
    cpSync(geoDir, dir, { recursive: true });
    return dir;
  };

  it('names the folder and the environment variable when the folder is missing', () => {
    expect(() => readSharedGeo('/nonexistent/geo')).toThrow(/\/nonexistent\/geo does not exist.*BBV_GEO_DIR/);
  });

  it('lists the municipality missing from a tampered topology', () => {
    const dir = copy();
    const file = join(dir, 'gemeenten-2023-01-01.topojson');
    const topology = JSON.parse(readFileSync(file, 'utf8')) as Topology;
    const collection = topology.objects['gemeenten'] as GeometryCollection<{ code: string }>;
    collection.geometries = collection.geometries.filter((g) => props(g).code !== 'GM0363');
    writeFileSync(file, JSON.stringify(topology));
    expect(() => readSharedGeo(dir)).toThrow(/gemeenten-2023-01-01\.topojson: .*in gemeenten\.csv only: GM0363/);
  });

  it('names the row of a lineage code that does not exist', () => {
    const dir = copy();
    const file = join(dir, 'herindelingen.csv');
    writeFileSync(file, readFileSync(file, 'utf8').replace('GM0457,GM0363', 'GM0457,GM9999'));
    expect(() => readSharedGeo(dir)).toThrow(/herindelingen\.csv row \d+: to_code GM9999 is not a municipality of 2022-03-24/);
  });

  it('rejects a population that is not a whole number', () => {
    const dir = copy();
    const file = join(dir, 'inwoners.csv');
    writeFileSync(file, readFileSync(file, 'utf8').replace(/(2023-01-01,GM0363,)\d+/, '$1veel'));
    expect(() => readSharedGeo(dir)).toThrow(/inwoners\.csv row \d+: population "veel" of GM0363/);
  });
});

describe('the boundary files the app loads (on a coarser grid, scripts/lib/coarserGrid.ts)', () => {
  for (const version of ['2019-01-01', '2023-01-01']) {
    it(`${version}: every municipality keeps its shape within a grid step, and its area`, () => {
      const original = topologies.get(version)!;
      const coarse = onCoarserGrid(original);
      const before = feature(original, original.objects['gemeenten'] as GeometryCollection<{ code: string }>).features;
      const after = feature(coarse, coarse.objects['gemeenten'] as GeometryCollection<{ code: string }>).features;
      expect(after.map((f) => f.properties.code)).toEqual(before.map((f) => f.properties.code));
      const [x0, , x1] = original.bbox as number[];
      const step = (x1! - x0!) / (BOUNDARY_GRID_STEPS - 1);
      after.forEach((f, i) => {
        expect(Math.abs(geoArea(f) - geoArea(before[i]!)) / geoArea(before[i]!), f.properties.code).toBeLessThan(0.01);
        const [[w0, s0], [e0, n0]] = geoBounds(before[i]!);
        const [[w1, s1], [e1, n1]] = geoBounds(f);
        for (const [a, b] of [[w0, w1], [s0, s1], [e0, e1], [n0, n1]]) expect(Math.abs(a! - b!)).toBeLessThanOrEqual(step);
      });
      // Shared borders stay shared: the neighbours of every municipality are the same.
      const neighboursOf = (t: Topology) => neighbors((t.objects['gemeenten'] as GeometryCollection).geometries as never);
      expect(neighboursOf(coarse)).toEqual(neighboursOf(original));
      expect(JSON.stringify(coarse).length).toBeLessThan(JSON.stringify(original).length);
    });
  }
});
