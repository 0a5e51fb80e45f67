/**
 * The one way the app reads CSV text, for every file it reads (the dataset's
 * files, annotaties.csv, gepubliceerde-cijfers.csv): the byte order mark is
 * stripped here, the separator (`,` `;` or tab) is detected from the header,
 * fields are split as RFC 4180 says (d3-dsv), and every record keeps the row
 * number a spreadsheet shows (the header is row 1, a quoted newline stays in
 * its row, blank rows are skipped but still counted).
 */
import { dsvFormat } from 'd3-dsv';

export interface CsvRow {
  /** Row number as a spreadsheet shows it: the header is row 1. */
  line: number;
  cells: string[];
}

export type CsvSeparator = ',' | ';' | '\t';
const SEPARATORS: readonly CsvSeparator[] = [',', ';', '\t'];
// d3-dsv's row parser (parseRows) builds no functions at run time, so it runs under a strict CSP.
const PARSERS = new Map(SEPARATORS.map((separator) => [separator, dsvFormat(separator)]));

/** The only place a byte order mark is taken off (Excel's "CSV UTF-8" starts with one; decodeText keeps it out of bytes it decodes). */
export function stripByteOrderMark(text: string): string {
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

/** `Organisatie ID` and `organisatie-id` are the column `organisatie_id`. */
export function normaliseHeader(name: string): string {
  return stripByteOrderMark(name).trim().toLowerCase().replace(/[\s-]+/g, '_');
}

/** The first record of the text (the header), quotes respected. */
function headerLine(text: string): string {
  let inQuotes = false;
  const end = Math.min(text.length, 65536);
  for (let i = 0; i < end; i++) {
    const char = text[i];
    if (char === '"') inQuotes = !inQuotes;
    else if ((char === '\n' || char === '\r') && !inQuotes) return text.slice(0, i);
  }
  return text.slice(0, end);
}

/**
 * The separator that splits the header into the most known column names;
 * when none matches, the one that occurs most (a file with wrong headers is
 * still split sensibly, so the missing columns can be named).
 */
export function detectSeparator(text: string, knownColumns: readonly string[]): CsvSeparator {
  const header = headerLine(stripByteOrderMark(text));
  const known = new Set(knownColumns);
  let best: CsvSeparator = ',';
  let bestScore = -1;
  for (const separator of SEPARATORS) {
    const names = PARSERS.get(separator)!.parseRows(header)[0] ?? [];
    const matches = names.filter((name) => known.has(normaliseHeader(name))).length;
    const score = matches * 1000 + names.length;
    if (score > bestScore) [best, bestScore] = [separator, score];
  }
  return best;
}

/** Header names of a text, normalised (for recognising a file by its columns). */
export function readHeader(text: string, knownColumns: readonly string[]): string[] {
  const body = stripByteOrderMark(text);
  const separator = detectSeparator(body, knownColumns);
  return (PARSERS.get(separator)!.parseRows(headerLine(body))[0] ?? []).map(normaliseHeader);
}

export interface CsvRecords {
  separator: CsvSeparator;
  /** The header's names, normalised. */
  header: string[];
  /** The data records that are not blank (a trailing newline, empty rows Excel leaves at the end, a row of only separators). */
  rows: CsvRow[];
}

/** A CSV text → its header and data records, each with its spreadsheet row number. */
export function readCsvRecords(text: string, knownColumns: readonly string[]): CsvRecords {
  const body = stripByteOrderMark(text);
  const separator = detectSeparator(body, knownColumns);
  const parsed = PARSERS.get(separator)!.parseRows(body);
  const header = (parsed[0] ?? []).map(normaliseHeader);
  const rows: CsvRow[] = [];
  for (let i = 1; i < parsed.length; i++) {
    const cells = parsed[i]!;
    if (cells.every((cell) => cell.trim() === '')) continue;
    rows.push({ line: i + 1, cells });
  }
  return { separator, header, rows };
}
