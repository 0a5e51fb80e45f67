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
 * Each table is stored by column, in the order of its fields: a column of
 * like values (codes, quarters, names) compresses better than rows of mixed
 * ones, 20% smaller in gzip than the same table as rows. Coordinates are
 * whole steps of 0.00001 degree (about a metre), each written as the
 * difference from the row before, where that gives back every value exactly;
 * together with the columns that makes the file 9 KB (a quarter) smaller
 * in gzip, which counts against the bytes before the first map.
 */
import type { Dataset, DatasetMeta, IdoStatusChange, LibraryLocation, Organisation, ServiceArea, SekParticipation, TaxPartnership } from '../domain/types';

/** Names the layout below; a file of another layout is refused with a message that says how to rebuild it. */
export const COMPACT_DATASET_FORMAT = 'bbv-kaart/dataset/2';
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

/** Coordinate columns that may be written as differences of whole steps. */
const STEPPED_FIELDS: ReadonlySet<string> = new Set(['lon', 'lat']);
/** Steps per degree: the example data and the published registrations give five decimals. */
const STEPS_PER_DEGREE = 100_000;

interface CompactTable {
  fields: readonly string[];
  /** One array per field, in the order of `fields`, each as long as the table. */
  columns: unknown[][];
  /** The fields whose column holds differences of whole 1/STEPS_PER_DEGREE steps. */
  stepped: string[];
}

export interface CompactDataset {
  format: typeof COMPACT_DATASET_FORMAT;
  meta: DatasetMeta;
  tables: Record<TableName, CompactTable>;
}

/** A number column as differences of whole steps, or null where a value is not on a step (then the column is written as it is). */
export function toSteppedDifferences(values: readonly unknown[]): number[] | null {
  const differences: number[] = [];
  let previous = 0;
  for (const value of values) {
    if (typeof value !== 'number') return null;
    const steps = Math.round(value * STEPS_PER_DEGREE);
    if (steps / STEPS_PER_DEGREE !== value) return null;
    differences.push(steps - previous);
    previous = steps;
  }
  return differences;
}

export function fromSteppedDifferences(differences: readonly unknown[]): number[] {
  let steps = 0;
  return differences.map((difference) => (steps += difference as number) / STEPS_PER_DEGREE);
}

export function toCompactDataset(dataset: Dataset): CompactDataset {
  const table = <T extends TableName>(name: T): CompactTable => {
    const fields = FIELDS[name] as readonly string[];
    const records = dataset[name] as object[];
    const stepped: string[] = [];
    const columns = fields.map((field) => {
      const column = records.map((record) => (record as Record<string, unknown>)[field] ?? null);
      const differences = STEPPED_FIELDS.has(field) ? toSteppedDifferences(column) : null;
      if (!differences) return column;
      stepped.push(field);
      return differences;
    });
    return { fields, columns, stepped };
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
    const length = table?.columns?.[0]?.length ?? 0;
    if (!table || table.fields?.join() !== fields.join() || !Array.isArray(table.columns) || table.columns.length !== fields.length || table.columns.some((column) => !Array.isArray(column) || column.length !== length)) {
      throw new Error(`${COMPACT_DATASET_FILE}: table "${name}" should have the fields ${fields.join(', ')}, one column each: build the data again with \`npm run data\``);
    }
    const columns = table.columns.map((column, i) => (table.stepped?.includes(fields[i]!) ? fromSteppedDifferences(column) : column));
    const records: object[] = [];
    for (let row = 0; row < length; row++) {
      const record: Record<string, unknown> = {};
      fields.forEach((field, i) => (record[field] = columns[i]![row]));
      records.push(record);
    }
    tables[name] = records;
  }
  return { meta: file.meta, ...(tables as unknown as Tables) };
}
