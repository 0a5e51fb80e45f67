import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
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

  it('writes rows as arrays, so the file stays about as small as the CSV files', () => {
    const compact = toCompactDataset(validated('tests/fixtures/dataset-small'));
    expect(compact.tables.locations.fields).toEqual(['id', 'organisationId', 'name', 'municipalityCode', 'lon', 'lat', 'from', 'to']);
    expect(compact.tables.locations.rows.every((row) => Array.isArray(row) && row.length === 8)).toBe(true);
  });

  it('refuses a file of another layout with a message that says how to rebuild it', () => {
    const compact = toCompactDataset(validated('tests/fixtures/dataset-small'));
    expect(() => fromCompactDataset({ ...compact, format: 'bbv-kaart/dataset/0' })).toThrow(/npm run data/);
    expect(() => fromCompactDataset(null)).toThrow(COMPACT_DATASET_FORMAT);
    const reordered = { ...compact, tables: { ...compact.tables, locations: { ...compact.tables.locations, fields: ['naam', ...compact.tables.locations.fields.slice(1)] } } };
    expect(() => fromCompactDataset(reordered)).toThrow(/"locations" should have the fields id, organisationId, name/);
  });
});
