/**
 * The map table (src/lib/data/mapTable.ts) stands in for the dataset until
 * the dataset is there: for every quarter and indicator of the example data
 * it must say what the coverage says, through the file as written (JSON).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { defaultGeoDir, readSharedGeo, REPO_ROOT } from '../../scripts/lib/readSharedGeo';
import { createCodeResolver } from '../../src/lib/data/lineage';
import { locationPoints } from '../../src/lib/data/locationPoints';
import { MAP_TABLE_FORMAT, readMapTable, type MapTableFile } from '../../src/lib/data/mapTable';
import { mapTableFile } from '../../src/lib/data/mapTableBuild';
import { DATASET_FILES, parseDataset } from '../../src/lib/data/parseDataset';
import { boundaryVersionForQuarter } from '../../src/lib/domain/boundaries';
import { indexDataset } from '../../src/lib/domain/coverage';
import { createCoverageCache } from '../../src/lib/domain/coverageCache';
import { INDICATORS } from '../../src/lib/domain/indicators';
import { mapCategories, openIdoLocationIds } from '../../src/lib/domain/mapCategories';
import { quarterKey, quarterRange } from '../../src/lib/domain/quarter';
import type { BoundaryVersion, DatasetMeta } from '../../src/lib/domain/types';

const { index: geo } = readSharedGeo(defaultGeoDir());
const exampleDir = join(REPO_ROOT, 'data', 'example');
const dataset = parseDataset(Object.fromEntries(DATASET_FILES.map((name) => [name, readFileSync(join(exampleDir, name), 'utf8')])), geo).dataset!;
const coverageAt = createCoverageCache(geo, createCodeResolver(geo), indexDataset(dataset));
const asWritten = JSON.parse(JSON.stringify(mapTableFile(dataset, geo))) as unknown;
const table = readMapTable(asWritten);
const quarters = quarterRange(dataset.meta.firstQuarter, dataset.meta.lastQuarter);

describe('the map table of the example data', () => {
  it.each(quarters.map((quarter) => [quarterKey(quarter), quarter] as const))('%s: each indicator\'s categories and the open IDO desks are the coverage\'s', (_, quarter) => {
    const coverage = coverageAt(quarter)!;
    const version = boundaryVersionForQuarter(geo, quarter);
    for (const indicator of INDICATORS) {
      const shown = table.at(quarter, indicator, version)!;
      expect(shown.categories).toEqual(mapCategories(coverage, indicator, null));
      expect(shown.open).toEqual(openIdoLocationIds(coverage));
    }
  });

  it('has every desk ever open at the dataset\'s position, and the dataset\'s description', () => {
    const fromDataset = new Map(locationPoints(dataset.locations).features.map((feature) => [feature.properties.id, feature.geometry.coordinates]));
    const everOpen = new Set(quarters.flatMap((quarter) => [...openIdoLocationIds(coverageAt(quarter)!)]));
    expect(new Set(table.points.features.map((feature) => feature.properties.id))).toEqual(everOpen);
    expect(everOpen.size).toBeGreaterThan(500);
    for (const feature of table.points.features) expect(feature.geometry.coordinates).toEqual(fromDataset.get(feature.properties.id));
    expect(table.meta).toEqual(dataset.meta);
    expect(table.organisationIds).toEqual(new Set(dataset.organisations.map((organisation) => organisation.id)));
  });

  it('knows no quarter outside the data\'s', () => {
    const version = geo.versions.at(-1)!;
    expect(table.at(dataset.meta.firstQuarter - 1, 'ido', version)).toBeNull();
    expect(table.at(dataset.meta.lastQuarter + 1, 'ido', version)).toBeNull();
  });
});

describe('reading a map table', () => {
  const meta: DatasetMeta = { name: 'test', isExample: false, source: 'test', firstQuarter: 8080, lastQuarter: 8083, registrationStart: { ido: 8080, sek: 8080, belastingdienst: 8080 } };
  const version: BoundaryVersion = {
    id: '2020-01-01',
    validFrom: '2020-01-01',
    validUntil: null,
    topologyFile: 'geo/x.topojson',
    municipalities: [
      { code: 'GM0001', name: 'A', provinceCode: 'PV20', population: 1 },
      { code: 'GM0002', name: 'B', provinceCode: 'PV21', population: 1 },
    ],
  };
  const file = (changes: Partial<MapTableFile> = {}): MapTableFile => ({
    format: MAP_TABLE_FORMAT,
    meta,
    organisationIds: ['ORG1'],
    categories: { ido: ['03', '13', '24', '00'], sek: ['00', '00', '00', '00'], belastingdienst: ['00', '00', '00', '00'], combined: ['00', '00', '00', '00'] },
    idoLocations: { ids: ['L1', 'L2'], stepped: false, lon: [5.1, 6.25], lat: [52.5, 51.75], openChanges: [[1, 3], [0, 1, 2]] },
    ...changes,
  });

  it('opens, closes and opens a desk again at the quarters listed, and names the categories by their place in the indicator\'s list', () => {
    const read = readMapTable(file());
    expect([0, 1, 2, 3].map((offset) => [...read.at(8080 + offset, 'ido', version)!.open].sort())).toEqual([['L2'], ['L1'], ['L1', 'L2'], ['L2']]);
    expect(read.at(8081, 'ido', version)!.categories).toEqual(new Map([['GM0001', 'ido-elsewhere'], ['GM0002', 'none']]));
    expect(read.at(8082, 'ido', version)!.categories).toEqual(new Map([['GM0001', 'ido-planned'], ['GM0002', 'no-data']]));
    expect(read.points.features.map((feature) => feature.geometry.coordinates)).toEqual([[5.1, 52.5], [6.25, 51.75]]);
  });

  it('refuses a file of another layout, and a quarter whose municipalities are not the boundary version\'s, naming the file and what to do', () => {
    expect(() => readMapTable({ ...file(), format: 'bbv-kaart/map-table/0' })).toThrow(/map-table\.json: not in the layout .*`npm run data`/);
    expect(() => readMapTable(file({ categories: { ...file().categories, sek: ['00'] } }))).toThrow(/one category string per quarter/);
    expect(() => readMapTable({ ...file(), idoLocations: { ...file().idoLocations, lat: [52] } })).toThrow(/differ in length/);
    const read = readMapTable(file());
    expect(() => read.at(8080, 'ido', { ...version, municipalities: version.municipalities.slice(0, 1) })).toThrow(/1 municipalities in boundary version 2020-01-01, 2 in the table/);
  });
});
