import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { defaultGeoDir, readSharedGeo, REPO_ROOT } from '../../../scripts/lib/readSharedGeo';
import { COMPACT_DATASET_FORMAT, fromCompactDataset, toCompactDataset } from './compactDataset';
import { loadDataset } from './loadDataset';

const { index: geo } = readSharedGeo(defaultGeoDir());
/** A folder of dataset files read and validated as the data build does. */
function validated(folder: string) {
  const dir = join(REPO_ROOT, folder);
  const files = readdirSync(dir)
    .filter((name) => !name.startsWith('.') && name !== 'annotaties.csv')
    .map((name) => ({ name, bytes: new Uint8Array(readFileSync(join(dir, name))) }));
  const { dataset } = loadDataset(files, geo);
  if (!dataset) throw new Error(`test setup: ${folder} does not validate`);
  return dataset;
}

describe('the dataset the data build writes for the app', () => {
  it.each(['tests/fixtures/dataset-small', 'data/example'])('gives back exactly the validated dataset of %s after JSON', (folder) => {
    const dataset = validated(folder);
    const written = JSON.stringify(toCompactDataset(dataset));
    expect(fromCompactDataset(JSON.parse(written))).toEqual(dataset);
  });

  it('writes each table by column, coordinates as differences of whole steps', () => {
    const dataset = validated('tests/fixtures/dataset-small');
    const { locations } = toCompactDataset(dataset).tables;
    expect(locations.fields).toEqual(['id', 'organisationId', 'name', 'municipalityCode', 'lon', 'lat', 'from', 'to']);
    expect(locations.columns.map((column) => column.length)).toEqual(locations.fields.map(() => dataset.locations.length));
    expect(locations.columns[0]).toEqual(dataset.locations.map((l) => l.id));
    expect(locations.stepped).toEqual(['lon', 'lat']);
    const lonSteps = locations.columns[4] as number[];
    expect(lonSteps.every(Number.isInteger)).toBe(true);
    expect(lonSteps[1]).toBe(Math.round(dataset.locations[1]!.lon * 1e5) - Math.round(dataset.locations[0]!.lon * 1e5));
  });

  it('keeps a coordinate column as it is when a value is finer than the steps, and reads it back exactly', () => {
    const dataset = validated('tests/fixtures/dataset-small');
    const finer = { ...dataset, locations: dataset.locations.map((l, i) => (i === 0 ? { ...l, lat: 52.1234567 } : l)) };
    const compact = toCompactDataset(finer);
    expect(compact.tables.locations.stepped).toEqual(['lon']);
    expect(fromCompactDataset(JSON.parse(JSON.stringify(compact))).locations[0]!.lat).toBe(52.1234567);
  });

  it('is smaller in gzip than the same tables as rows', () => {
    const compact = toCompactDataset(validated('data/example'));
    const asRows = Object.values(toCompactDataset(validated('data/example')).tables).map((t) => t.columns[0]!.map((_, row) => t.columns.map((c) => c[row])));
    const gzipped = (value: unknown) => gzipSync(JSON.stringify(value), { level: 9 }).length;
    expect(gzipped(compact.tables)).toBeLessThan(0.85 * gzipped(asRows));
  });

  it('refuses a file of another layout with a message that says how to rebuild it', () => {
    const compact = toCompactDataset(validated('tests/fixtures/dataset-small'));
    expect(() => fromCompactDataset({ ...compact, format: 'bbv-kaart/dataset/0' })).toThrow(/npm run data/);
    expect(() => fromCompactDataset(null)).toThrow(COMPACT_DATASET_FORMAT);
    const reordered = { ...compact, tables: { ...compact.tables, locations: { ...compact.tables.locations, fields: ['naam', ...compact.tables.locations.fields.slice(1)] } } };
    expect(() => fromCompactDataset(reordered)).toThrow(/"locations" should have the fields id, organisationId, name/);
    const ragged = { ...compact, tables: { ...compact.tables, locations: { ...compact.tables.locations, columns: compact.tables.locations.columns.map((c, i) => (i === 2 ? c.slice(1) : c)) } } };
    expect(() => fromCompactDataset(ragged)).toThrow(/"locations" should have the fields .* one column each/);
  });
});
