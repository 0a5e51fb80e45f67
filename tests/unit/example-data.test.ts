/**
 * The committed example data (data/example): valid, deterministic, and
 * plausible in the ways the design asks for.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { feature, neighbors } from 'topojson-client';
import type { Feature, MultiPolygon, Polygon } from 'geojson';
import type { GeometryCollection } from 'topojson-specification';
import { describe, expect, it } from 'vitest';
import { generateExample } from '../../scripts/lib/example/generateExample';
import { defaultGeoDir, readSharedGeo, REPO_ROOT } from '../../scripts/lib/readSharedGeo';
import { boundaryVersionForQuarter } from '../../src/lib/domain/boundaries';
import { createCodeResolver } from '../../src/lib/data/lineage';
import { locationInMunicipality } from '../../src/lib/data/locationInMunicipality';
import { ANNOTATIONS_FILE } from '../../src/lib/data/annotations';
import { parseAnnotations } from '../../src/lib/data/annotationsCsv';
import { DATASET_FILES, parseDataset } from '../../src/lib/data/parseDataset';
import { getQuarterCoverage, indexDataset } from '../../src/lib/domain/coverage';
import { isInPeriod, quarterKey, quarterRange } from '../../src/lib/domain/quarter';

const { index: geo, topologies } = readSharedGeo(defaultGeoDir());
const exampleDir = join(REPO_ROOT, 'data', 'example');
const files = Object.fromEntries(DATASET_FILES.map((name) => [name, readFileSync(join(exampleDir, name), 'utf8')]));
const { dataset, problems } = parseDataset(files, geo);
const resolver = createCodeResolver(geo);
const quarters = quarterRange(dataset!.meta.firstQuarter, dataset!.meta.lastQuarter);
const coverageIndex = indexDataset(dataset!);
const coverages = quarters.map((q) => getQuarterCoverage(coverageIndex, resolver, boundaryVersionForQuarter(geo, q).municipalities, q));

describe('the example data', () => {
  it('passes validation without errors or warnings', () => {
    expect(problems.filter((p) => p.severity !== 'info')).toEqual([]);
    // Only notes that werkgebieden run on through a herindeling (the lineage carries them, as docs/data.md describes).
    expect(new Set(problems.map((p) => p.kind))).toEqual(new Set(['municipality-mapped']));
    expect(dataset!.meta.isExample).toBe(true);
  });

  it('is what the seeded generator writes, byte for byte', () => {
    const generated = generateExample(geo, topologies);
    for (const name of DATASET_FILES) expect(generated[name], name).toBe(files[name]);
    expect(generated[ANNOTATIONS_FILE], ANNOTATIONS_FILE).toBe(readFileSync(join(exampleDir, ANNOTATIONS_FILE), 'utf8'));
  }, 60_000);

  it('has valid annotations within the data’s quarters', () => {
    const { annotations, problems: annotationProblems } = parseAnnotations(readFileSync(join(exampleDir, ANNOTATIONS_FILE), 'utf8'), { first: dataset!.meta.firstQuarter, last: dataset!.meta.lastQuarter });
    expect(annotationProblems).toEqual([]);
    expect(annotations.length).toBeGreaterThan(3);
  });

  it('has about 145 organisations in 2019, falling through mergers to 134 in 2023', () => {
    const atYearEnd = [2019, 2020, 2021, 2022, 2023].map((year) => coverages[quarters.indexOf(year * 4 + 3)]!.organisationIds.length);
    expect(atYearEnd).toEqual([145, 140, 139, 137, 134]);
    const merged = dataset!.organisations.filter((o) => o.to !== null);
    expect(merged.every((o) => o.successorId !== null)).toBe(true);
  });

  it('has about 1,250 locations, each with a point inside its municipality', () => {
    const ids = new Set(dataset!.locations.map((l) => l.id));
    expect(ids.size).toBeGreaterThan(1200);
    expect(ids.size).toBeLessThan(1320);
    const shapes = new Map<string, Map<string, Feature<Polygon | MultiPolygon>>>();
    for (const [id, topology] of topologies) {
      const collection = feature(topology, topology.objects['gemeenten'] as GeometryCollection) as unknown as { features: Feature<Polygon | MultiPolygon, { code: string }>[] };
      shapes.set(id, new Map(collection.features.map((f) => [f.properties.code, f])));
    }
    const outside = dataset!.locations.filter((l) => {
      const version = boundaryVersionForQuarter(geo, l.from);
      return !locationInMunicipality(shapes.get(version.id)!.get(l.municipalityCode)!, l.lon, l.lat);
    });
    expect(outside.map((l) => `${l.id} ${l.municipalityCode}`)).toEqual([]);
  });

  it('serves every municipality of every quarter by exactly one organisation', () => {
    for (const coverage of coverages) {
      const wrong = coverage.municipalities.filter((m) => m.servingOrganisationIds.length !== 1).map((m) => `${m.municipality.code}: ${m.servingOrganisationIds.join('+') || 'none'}`);
      expect(wrong, quarterKey(coverage.quarter)).toEqual([]);
    }
  });

  it('gives each organisation a contiguous werkgebied within one province (islands apart)', () => {
    for (const coverage of coverages) {
      const version = boundaryVersionForQuarter(geo, coverage.quarter);
      const geometries = (topologies.get(version.id)!.objects['gemeenten'] as GeometryCollection).geometries;
      const codeOf = (i: number) => (geometries[i]!.properties as { code: string }).code;
      const adjacency = neighbors(geometries as never);
      const neighbours = new Map(geometries.map((_, i) => [codeOf(i), new Set(adjacency[i]!.map(codeOf))]));
      const byOrganisation = new Map<string, string[]>();
      for (const m of coverage.municipalities) {
        const org = m.servingOrganisationIds[0]!;
        byOrganisation.set(org, [...(byOrganisation.get(org) ?? []), m.municipality.code]);
      }
      for (const [org, codes] of byOrganisation) {
        const provinces = new Set(codes.map((c) => coverage.byCode.get(c)!.municipality.provinceCode));
        expect(provinces.size, `${org} in ${quarterKey(coverage.quarter)}`).toBe(1);
        const reached = new Set([codes[0]!]);
        const queue = [codes[0]!];
        while (queue.length) for (const next of neighbours.get(queue.shift()!)!) if (codes.includes(next) && !reached.has(next)) (reached.add(next), queue.push(next));
        expect(reached.size, `${org} in ${quarterKey(coverage.quarter)}: ${codes.join(', ')}`).toBe(codes.length);
      }
    }
  });

  it('has IDO desks that are planned before they open and never reopen after closing', () => {
    for (const [id, changes] of coverageIndex.idoChangesByLocation) {
      const statuses = changes.map((c) => c.status).join('>');
      expect(['gepland', 'gepland>open', 'open', 'gepland>open>gesloten', 'open>gesloten'], `${id}: ${statuses}`).toContain(statuses);
    }
  });

  it('keeps werkgebieden, locations and programmes inside the organisation’s own period', () => {
    const byId = new Map(dataset!.organisations.map((o) => [o.id, o]));
    for (const row of [...dataset!.serviceAreas, ...dataset!.locations, ...dataset!.sekParticipations, ...dataset!.taxPartnerships]) {
      const organisation = byId.get(row.organisationId)!;
      expect(isInPeriod(row.from, organisation)).toBe(true);
    }
  });
});
