/**
 * The files a user gives (picked, dropped or fetched: any names, any of the
 * usual encodings) → the dataset and every problem. Pure, and the one entry
 * point the browser's worker, the data build and the tests share:
 *
 *   bytes of each file → text (decodeText: BOM, UTF-8, Windows-1252, UTF-16)
 *   → which dataset file it is (by name, else by its header)
 *   → parseDataset
 */
import type { DataProblem, GeoIndex } from '../domain/types';
import { readHeader } from './csvTable';
import { dataProblem } from './dataProblem';
import { decodeText } from './decodeText';
import { DATASET_COLUMNS, DATASET_FILES, parseDataset, type DatasetCsvName, type DatasetFileName, type ParseOptions, type ParseResult } from './parseDataset';

export interface InputFile {
  /** The name as the user has it (a dropped folder's files may carry a path). */
  name: string;
  bytes: Uint8Array;
}

export interface IdentifiedFiles {
  texts: Partial<Record<DatasetFileName, string>>;
  names: Partial<Record<DatasetFileName, string>>;
  /** Dataset files that were given but could not be read (so they are not reported missing as well). */
  unreadable: Set<DatasetFileName>;
  /** How many files were given, dataset files or not. */
  inputCount: number;
  problems: DataProblem[];
}

/** Other names people give the same file (singular, English, a copy). */
const NAME_ALIASES: Record<string, DatasetFileName> = {
  metadata: 'metadata.json',
  organisaties: 'organisaties.csv',
  organisatie: 'organisaties.csv',
  werkgebieden: 'werkgebieden.csv',
  werkgebied: 'werkgebieden.csv',
  vestigingen: 'vestigingen.csv',
  vestiging: 'vestigingen.csv',
  ido: 'ido.csv',
  sek: 'sek.csv',
  belastingdienst: 'belastingdienst.csv',
};

/** `Map/Organisaties (2).CSV`, `organisaties - kopie.csv` and `organisaties.txt` are organisaties.csv. */
export function datasetFileByName(name: string): DatasetFileName | null {
  const base = name.split(/[\\/]/).pop()!.toLowerCase();
  const stem = base
    .replace(/\.(csv|txt|tsv|json)$/, '')
    .replace(/\s*\(\d+\)$/, '')
    .replace(/[\s_-]+(kopie|copy)(\s*\(\d+\))?$/, '')
    .trim();
  const file = NAME_ALIASES[stem];
  if (!file) return null;
  // metadata must be JSON and the others must not be.
  return (file === 'metadata.json') === base.endsWith('.json') ? file : null;
}

/** The file whose required columns are all in the header, the most specific when several fit. */
export function datasetFileByHeader(text: string): DatasetCsvName | null {
  const allColumns = Object.values(DATASET_COLUMNS).flatMap((columns) => columns.map((c) => c.name));
  const header = new Set(readHeader(text, allColumns));
  let best: DatasetCsvName | null = null;
  let bestCount = 0;
  let tie = false;
  for (const [file, columns] of Object.entries(DATASET_COLUMNS) as [DatasetCsvName, (typeof DATASET_COLUMNS)[DatasetCsvName]][]) {
    const required = columns.filter((c) => c.required);
    if (!required.every((c) => header.has(c.name))) continue;
    if (required.length > bestCount) [best, bestCount, tie] = [file, required.length, false];
    else if (required.length === bestCount) tie = true;
  }
  return tie ? null : best;
}

/** Excel's lock file beside a workbook or CSV that is open (`~$organisaties.csv`): not data. */
const isLockFile = (name: string) => name.startsWith('~$') || name.startsWith('.~lock.');
const WORKBOOK = /\.(xlsx|xlsm|xlsb|xls|ods)$/i;
/** Bad bytes reported one by one; beyond this, counted. */
const MAX_BYTE_PROBLEMS = 20;

export function identifyDatasetFiles(inputs: readonly InputFile[]): IdentifiedFiles {
  const result: IdentifiedFiles = { texts: {}, names: {}, unreadable: new Set(), problems: [], inputCount: 0 };
  const given = new Map<DatasetFileName, string[]>();
  for (const input of inputs) {
    const displayName = input.name.split(/[\\/]/).pop()!;
    if (isLockFile(displayName)) {
      result.problems.push(dataProblem({ kind: 'lock-file', file: displayName, severity: 'info' }));
      continue;
    }
    const decoded = decodeText(input.bytes);
    const byName = datasetFileByName(input.name) ?? datasetFileByName(displayName.replace(WORKBOOK, '.csv'));
    if (!decoded.ok || decoded.text.trim() === '' || WORKBOOK.test(displayName)) {
      const reason = WORKBOOK.test(displayName) ? 'excel-workbook' : decoded.ok ? 'empty' : decoded.reason;
      // A file of another kind (an image dropped with the CSVs) is only ignored; a workbook is named as one.
      if (!byName && reason !== 'empty' && !/\.(csv|txt|tsv)$/i.test(displayName)) {
        const message = reason === 'excel-workbook' ? 'unknown-file.excel-workbook' : 'unknown-file';
        result.problems.push(dataProblem({ kind: 'unknown-file', file: displayName, severity: 'warning', message, params: { files: DATASET_FILES.join(', ') } }));
        continue;
      }
      result.problems.push(
        reason === 'empty'
          ? dataProblem({ kind: 'empty-file', file: displayName })
          : dataProblem({ kind: 'not-text', file: displayName, message: `not-text.${reason}`, params: { file: byName ?? displayName } }),
      );
      if (byName) result.unreadable.add(byName);
      continue;
    }
    const file = byName ?? (displayName.toLowerCase().endsWith('.json') ? null : datasetFileByHeader(decoded.text));
    if (!file) {
      result.problems.push(dataProblem({ kind: 'unknown-file', file: displayName, severity: 'warning', params: { files: DATASET_FILES.join(', ') } }));
      continue;
    }
    if (!byName) result.problems.push(dataProblem({ kind: 'file-recognised', file: displayName, severity: 'info', params: { as: file } }));
    if (decoded.encoding === 'windows-1252') result.problems.push(dataProblem({ kind: 'decoded-windows-1252', file: displayName, severity: 'info' }));
    for (const bad of (decoded.invalidBytes ?? []).slice(0, MAX_BYTE_PROBLEMS)) {
      const value = `0x${bad.byte.toString(16).toUpperCase().padStart(2, '0')}`;
      result.problems.push(dataProblem({ kind: 'invalid-utf8', file: displayName, row: bad.line, value, severity: 'warning', params: { line: bad.line } }));
    }
    const more = (decoded.invalidBytes?.length ?? 0) - MAX_BYTE_PROBLEMS;
    if (more > 0) result.problems.push(dataProblem({ kind: 'invalid-utf8', file: displayName, severity: 'warning', message: 'invalid-utf8.more', params: { count: more } }));
    given.set(file, [...(given.get(file) ?? []), displayName]);
    result.texts[file] = decoded.text;
    result.names[file] = displayName;
  }
  for (const [file, names] of given) {
    if (names.length > 1) result.problems.push(dataProblem({ kind: 'duplicate-file', file: names.at(-1)!, params: { file, names: names.join(', ') } }));
  }
  result.inputCount = inputs.length;
  return result;
}

/** Everything a user's files hold, validated: the dataset, or the problems and what can be kept. */
export function loadDataset(inputs: readonly InputFile[], geo: GeoIndex, options: Omit<ParseOptions, 'names'> = {}): ParseResult {
  const identified = identifyDatasetFiles(inputs);
  return parseIdentified(identified, geo, options);
}

/** parseDataset on identified files, with the problems of reading them first. */
export function parseIdentified(identified: IdentifiedFiles, geo: GeoIndex, options: Omit<ParseOptions, 'names'> = {}): ParseResult {
  const parsed = parseDataset(identified.texts, geo, { ...options, names: identified.names });
  // Nothing to go on (an empty folder, or no file of the format): say so, rather than list every file of the format as missing.
  const nothingGiven = Object.keys(identified.texts).length === 0 && identified.unreadable.size === 0;
  const identifiedProblems = nothingGiven
    ? [dataProblem({ kind: identified.inputCount === 0 ? 'no-files' : 'no-dataset-files', file: '', params: { count: identified.inputCount, files: DATASET_FILES.join(', ') } }), ...identified.problems]
    : identified.problems;
  const problems = [...identifiedProblems, ...parsed.problems.filter((p) => !(p.kind === 'missing-file' && (nothingGiven || identified.unreadable.has(p.file as DatasetFileName))))];
  const blocking = identifiedProblems.some((p) => p.severity === 'error');
  // A file that could not be read at all (or was given twice) leaves nothing sound to offer.
  return blocking ? { dataset: null, withoutErrorRows: null, rowsLeftOut: parsed.rowsLeftOut, problems } : { ...parsed, problems };
}
