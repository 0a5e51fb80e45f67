/**
 * The library dataset's files and columns (docs/data.md): what each file is
 * called, which are needed, and the columns of each CSV in template order.
 * Everything that reads or writes the format takes its names from here.
 */
import type { Feature, MultiPolygon, Polygon } from 'geojson';
import type { Programme } from '../domain/types';

export const DATASET_FILES = ['metadata.json', 'organisaties.csv', 'werkgebieden.csv', 'vestigingen.csv', 'ido.csv', 'sek.csv', 'belastingdienst.csv'] as const;
export type DatasetFileName = (typeof DATASET_FILES)[number];
export type DatasetCsvName = Exclude<DatasetFileName, 'metadata.json'>;

/** Without these a dataset says nothing: every other file refers to organisations and their werkgebieden. */
export const REQUIRED_FILES: readonly DatasetFileName[] = ['organisaties.csv', 'werkgebieden.csv'];

/** The file of each programme; a programme whose file is absent is "no data" on the map. */
export const PROGRAMME_FILES: Record<Programme, DatasetCsvName> = { ido: 'ido.csv', sek: 'sek.csv', belastingdienst: 'belastingdienst.csv' };

/** WGS84 bounding box of the Netherlands (land and coastal waters), for a first sanity check of points. */
export const NETHERLANDS_BOUNDS = { lonMin: 3.2, lonMax: 7.3, latMin: 50.7, latMax: 53.7 } as const;

export interface ColumnSpec {
  name: string;
  required: boolean;
}

const col = (name: string, required = true): ColumnSpec => ({ name, required });
/** The columns of each CSV file, in template order; optional columns may be left out of the header. */
export const DATASET_COLUMNS: Record<DatasetCsvName, readonly ColumnSpec[]> = {
  'organisaties.csv': [col('organisatie_id'), col('naam'), col('vanaf'), col('tot', false), col('opvolger_id', false)],
  'werkgebieden.csv': [col('organisatie_id'), col('gemeente_code'), col('vanaf'), col('tot', false)],
  'vestigingen.csv': [col('vestiging_id'), col('organisatie_id'), col('naam'), col('gemeente_code'), col('lon'), col('lat'), col('vanaf'), col('tot', false)],
  'ido.csv': [col('vestiging_id'), col('status'), col('vanaf')],
  'sek.csv': [col('gemeente_code'), col('organisatie_id'), col('variant'), col('vanaf'), col('tot', false)],
  'belastingdienst.csv': [col('organisatie_id'), col('vanaf'), col('tot', false)],
};

/** Problems that concern a whole file: no dataset can be offered while one is open. */
export const FILE_LEVEL_KINDS: ReadonlySet<string> = new Set(['missing-file', 'missing-column', 'bad-metadata', 'not-text', 'empty-file', 'no-rows', 'duplicate-file', 'unclosed-quote', 'mostly-unreadable']);

/** Municipality shapes of one boundary version, by CBS code. */
export type MunicipalityShapes = ReadonlyMap<string, Feature<Polygon | MultiPolygon>>;
