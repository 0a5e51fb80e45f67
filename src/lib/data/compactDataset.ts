/**
 * The default dataset as the app loads it: `generated/data/dataset.json`, the
 * Dataset the data build has already read and validated (with the same code
 * as the browser, against every boundary version), written as one table of
 * rows per record type.
 *
 * Why not the CSV files: reading and checking them costs the browser more
 * than any other step before the first map (about 130 ms on a machine without
 * a GPU, and eight requests), and the data build has done exactly that work
 * already. The CSV files are still written beside it, for people to
 * download; a user's own files are read and checked in the worker as before.
 *
 * Rows are arrays in the order of their table's fields (not objects), so the
 * file is about as small as the CSV files compressed.
 */
import type { Dataset, DatasetMeta, IdoStatusChange, LibraryLocation, Organisation, ServiceArea, SekParticipation, TaxPartnership } from '../domain/types';

/** Names the layout below; a file of another layout is refused with a message that says how to rebuild it. */
export const COMPACT_DATASET_FORMAT = 'bbv-kaart/dataset/1';
export const COMPACT_DATASET_FILE = 'dataset.json';

type Tables = Omit<Dataset, 'meta'>;
type TableName = keyof Tables;

/** The fields of each record type, in the order rows list them. */
const FIELDS: { [T in TableName]: readonly (keyof Tables[T][number])[] } = {
  organisations: ['id', 'name', 'from', 'to', 'successorId'] satisfies (keyof Organisation)[],
  serviceAreas: ['organisationId', 'municipalityCode', 'from', 'to'] satisfies (keyof ServiceArea)[],
  locations: ['id', 'organisationId', 'name', 'municipalityCode', 'lon', 'lat', 'from', 'to'] satisfies (keyof LibraryLocation)[],
  idoStatusChanges: ['locationId', 'status', 'from'] satisfies (keyof IdoStatusChange)[],
  sekParticipations: ['municipalityCode', 'organisationId', 'variant', 'from', 'to'] satisfies (keyof SekParticipation)[],
  taxPartnerships: ['organisationId', 'from', 'to'] satisfies (keyof TaxPartnership)[],
};
const TABLES = Object.keys(FIELDS) as TableName[];

export interface CompactDataset {
  format: typeof COMPACT_DATASET_FORMAT;
  meta: DatasetMeta;
  tables: Record<TableName, { fields: readonly string[]; rows: unknown[][] }>;
}

export function toCompactDataset(dataset: Dataset): CompactDataset {
  const table = <T extends TableName>(name: T) => {
    const fields = FIELDS[name] as readonly string[];
    return { fields, rows: (dataset[name] as object[]).map((record) => fields.map((field) => (record as Record<string, unknown>)[field] ?? null)) };
  };
  return { format: COMPACT_DATASET_FORMAT, meta: dataset.meta, tables: Object.fromEntries(TABLES.map((name) => [name, table(name)])) as CompactDataset['tables'] };
}

/**
 * The Dataset back from the file's JSON. The file comes from our own data
 * build, so only its layout is checked: a file from an older or newer build
 * (a deploy that copied part of dist/) is refused, never half read.
 */
export function fromCompactDataset(json: unknown): Dataset {
  const file = json as Partial<CompactDataset> | null;
  if (!file || file.format !== COMPACT_DATASET_FORMAT || !file.meta || !file.tables) {
    throw new Error(`${COMPACT_DATASET_FILE} is not in the layout this app reads (${COMPACT_DATASET_FORMAT}): build the data again with \`npm run data\``);
  }
  const tables = {} as Record<TableName, object[]>;
  for (const name of TABLES) {
    const table = file.tables[name];
    const fields = FIELDS[name] as readonly string[];
    if (!table || !Array.isArray(table.rows) || table.fields?.join() !== fields.join()) {
      throw new Error(`${COMPACT_DATASET_FILE}: table "${name}" should have the fields ${fields.join(', ')}: build the data again with \`npm run data\``);
    }
    tables[name] = table.rows.map((row) => {
      const record: Record<string, unknown> = {};
      fields.forEach((field, i) => (record[field] = row[i]));
      return record;
    });
  }
  return { meta: file.meta, ...(tables as unknown as Tables) };
}
