/**
 * The library dataset: up to seven files (docs/data.md) → a validated Dataset,
 * and the list of problems. Pure (no fs, no DOM): the data build, the browser's
 * worker and the tests run the same code.
 *
 * The pass, top to bottom:
 *   metadata.json (optional, datasetMetadata.ts) → each CSV read with typed
 *   cells (CsvTable) → one reader per file (readers/), in the order files
 *   refer to each other: organisations, then werkgebieden, locations, IDO
 *   statuses, SEK and the convenant, with the checks rows share (rowChecks.ts)
 *   → metadata completed with defaults derived from the rows
 *
 * A row with an error is left out and every row that depends on it is
 * reported too, so `withoutErrorRows` is a consistent dataset the user may
 * choose to accept; `dataset` is only given when there is no error at all.
 */
import { boundaryVersionForQuarter } from '../domain/boundaries';
import { CsvTable, type CsvTableOptions } from './csvTable';
import { dataProblem } from './dataProblem';
import { completeMetadata, lastQuarterNearData, readMetadataJson } from './datasetMetadata';
import { DATASET_COLUMNS, FILE_LEVEL_KINDS, PROGRAMME_FILES, REQUIRED_FILES, type DatasetCsvName, type DatasetFileName, type MunicipalityShapes } from './datasetSchema';
import { readIdoStatusChanges } from './readers/idoStatus';
import { readLocations } from './readers/locations';
import { readOrganisations } from './readers/organisations';
import type { ReaderContext } from './readers/readerContext';
import { readSekParticipations } from './readers/sekParticipations';
import { readServiceAreas } from './readers/serviceAreas';
import { readTaxPartnerships } from './readers/taxPartnerships';
import { RowChecks } from './rowChecks';
import { parseQuarterText, type Quarter } from '../domain/quarter';
import { PROGRAMMES, type DataProblem, type Dataset, type GeoIndex, type Programme } from '../domain/types';

export * from './datasetSchema';

export interface ParseOptions {
  /** The user's own name of each file, used in messages (`Organisaties (2).csv`). */
  names?: Partial<Record<DatasetFileName, string>>;
  /** Shapes per boundary version id, to check that each location lies inside its municipality; a version not given is not checked. */
  shapes?: (versionId: string) => MunicipalityShapes | undefined;
  /** Called now and then with the data rows validated so far and the total. */
  onProgress?: (done: number, total: number) => void;
  /** Take invisible characters (a zero-width space copied from a web page) out of ids, codes and quarters, with a note, instead of warning. */
  stripInvisible?: boolean;
}

export interface ParseResult {
  /** The dataset when there is no error; null otherwise. */
  dataset: Dataset | null;
  /** The dataset with every row that has an error left out; null when a file-level error (a missing file or column, bad metadata) leaves nothing sound. */
  withoutErrorRows: Dataset | null;
  /** Data rows with an error (left out of withoutErrorRows). */
  rowsLeftOut: number;
  problems: DataProblem[];
}

/** The boundary versions whose shapes the location check needs (those of each location row's first quarter). */
export function boundaryVersionsForLocations(text: string | undefined, geo: GeoIndex): string[] {
  if (text === undefined) return [];
  const table = new CsvTable('vestigingen.csv', text, DATASET_COLUMNS['vestigingen.csv'], []);
  const versions = new Set<string>();
  for (const row of table.rows) {
    const from = parseQuarterText(table.cell(row, 'vanaf'));
    if (from !== null) versions.add(boundaryVersionForQuarter(geo, from).id);
  }
  return [...versions].sort();
}

export function parseDataset(files: Partial<Record<string, string>>, geo: GeoIndex, options: ParseOptions = {}): ParseResult {
  const problems: DataProblem[] = [];
  const nameOf = (file: DatasetFileName) => options.names?.[file] ?? file;
  for (const name of REQUIRED_FILES) {
    if (files[name] === undefined) problems.push(dataProblem({ kind: 'missing-file', file: name, params: { file: name } }));
  }
  if (problems.length) return { dataset: null, withoutErrorRows: null, rowsLeftOut: 0, problems };

  const metadataText = files['metadata.json'];
  const metadata = metadataText === undefined ? null : readMetadataJson(metadataText, nameOf('metadata.json'), problems);
  if (metadataText === undefined) problems.push(dataProblem({ kind: 'metadata-defaults', file: 'metadata.json', severity: 'info' }));

  const tables = readTables(files, nameOf, problems, { stripInvisible: options.stripInvisible ?? false });
  const context = progressContext(new RowChecks(geo), tables, options.onProgress);

  // In the order files refer to each other: a row's references are read before it.
  const organisations = readOrganisations(tables.get('organisaties.csv'), context);
  const serviceAreas = readServiceAreas(tables.get('werkgebieden.csv'), context, organisations.index);
  const { locations, index: locationIndex } = readLocations(tables.get('vestigingen.csv'), context, organisations.index, options.shapes);
  const idoStatusChanges = readIdoStatusChanges(tables.get('ido.csv'), context, locations, locationIndex);
  const sekParticipations = readSekParticipations(tables.get('sek.csv'), context, organisations.index);
  const taxPartnerships = readTaxPartnerships(tables.get('belastingdienst.csv'), context, organisations.index);

  // Metadata: what metadata.json gives, the rest derived from the rows.
  const programmeStart = (programme: Programme, rows: readonly { from: Quarter }[]): Quarter | null =>
    tables.has(PROGRAMME_FILES[programme]) && rows.length ? rows.reduce((min, r) => Math.min(min, r.from), Infinity) : null;
  const { checks } = context;
  const metadataUsable = metadataText === undefined || (metadata !== null && lastQuarterNearData(metadata, geo, checks.latest, nameOf('metadata.json'), problems));
  reportMostlyUnreadable(tables, problems);
  const meta =
    metadataUsable
      ? completeMetadata(metadata ?? {}, geo, checks.earliest, checks.latest, {
          ido: programmeStart('ido', idoStatusChanges),
          sek: programmeStart('sek', sekParticipations),
          belastingdienst: programmeStart('belastingdienst', taxPartnerships),
        }, (programme) => tables.has(PROGRAMME_FILES[programme]))
      : null;

  const errors = problems.filter((p) => p.severity === 'error');
  const fileLevel = errors.some((p) => FILE_LEVEL_KINDS.has(p.kind));
  const rowsLeftOut = new Set(errors.filter((p) => p.row !== null).map((p) => `${p.file}\n${p.row}`)).size;
  const built: Dataset | null =
    meta && !fileLevel && organisations.organisations.length > 0 && serviceAreas.length > 0
      ? { meta, organisations: organisations.organisations, serviceAreas, locations, idoStatusChanges, sekParticipations, taxPartnerships }
      : null;
  return { dataset: errors.length ? null : built, withoutErrorRows: built, rowsLeftOut, problems };
}

/** Every CSV file given, read into a table; file-level problems of reading them (and files that are needed but absent) are recorded. */
function readTables(files: Partial<Record<string, string>>, nameOf: (file: DatasetFileName) => string, problems: DataProblem[], tableOptions: CsvTableOptions): Map<DatasetCsvName, CsvTable> {
  const tables = new Map<DatasetCsvName, CsvTable>();
  for (const name of Object.keys(DATASET_COLUMNS) as DatasetCsvName[]) {
    const text = files[name];
    if (text === undefined) continue;
    const table = new CsvTable(nameOf(name), text, DATASET_COLUMNS[name], problems, tableOptions);
    tables.set(name, table);
    if (table.ok && table.rows.length === 0 && REQUIRED_FILES.includes(name)) table.report('no-rows', null, null, null);
  }
  for (const programme of PROGRAMMES) {
    const file = PROGRAMME_FILES[programme];
    if (!tables.has(file)) problems.push(dataProblem({ kind: 'programme-file-missing', file, severity: 'info', params: { file } }));
  }
  if (files['ido.csv'] !== undefined && files['vestigingen.csv'] === undefined) problems.push(dataProblem({ kind: 'missing-file', file: 'vestigingen.csv', params: { file: 'vestigingen.csv' } }));
  return tables;
}

/**
 * When most rows of a file fail on their own (not because of another file),
 * the file is the problem, not its rows: "show without the rows with errors"
 * would show next to nothing, so it is not offered.
 */
const MOSTLY_UNREADABLE_MIN_ROWS = 10;

function reportMostlyUnreadable(tables: ReadonlyMap<DatasetCsvName, CsvTable>, problems: DataProblem[]): void {
  const ownErrorRows = new Map<string, Set<number>>();
  for (const p of problems) {
    if (p.severity !== 'error' || p.row === null || p.cause) continue;
    const rows = ownErrorRows.get(p.file) ?? new Set<number>();
    rows.add(p.row);
    ownErrorRows.set(p.file, rows);
  }
  for (const table of tables.values()) {
    const total = table.rows.length + table.rejectedRows.length;
    const failed = ownErrorRows.get(table.file)?.size ?? 0;
    if (failed >= MOSTLY_UNREADABLE_MIN_ROWS && failed > total / 2) table.report('mostly-unreadable', null, null, null, { rows: failed, total });
  }
}

/** The readers' context, with a tick that reports progress every 2,000 rows (every data row counts once). */
function progressContext(checks: RowChecks, tables: ReadonlyMap<DatasetCsvName, CsvTable>, onProgress: ParseOptions['onProgress']): ReaderContext {
  const total = [...tables.values()].reduce((sum, t) => sum + (t.ok ? t.rows.length : 0), 0);
  let done = 0;
  return {
    checks,
    tick: () => {
      done++;
      if (onProgress && (done % 2000 === 0 || done === total)) onProgress(done, total);
    },
  };
}
