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
  /** The header's row number (1, or lower down after a title or a `sep=` line). */
  headerLine: number;
  /** The data records that are not blank (a trailing newline, empty rows Excel leaves at the end, a row of only separators). */
  rows: CsvRow[];
  /** Excel's `sep=;` line above the header, read and skipped. */
  separatorLine: { line: number; value: string } | null;
  /** Rows above the header that are not the header (a title such as "Organisaties per 1-1-2024"), skipped. */
  titleRows: { line: number; value: string }[];
  /** A quoted field that is never closed swallows the rest of the file: where it opens. Records from there on are not read. */
  unclosedQuote: { line: number; value: string } | null;
}

/** How far down the header is looked for (below a title, a blank line or two). */
const HEADER_SEARCH_ROWS = 10;
const SEPARATOR_LINE = /^"?sep=(.)"?[ \t]*(?:\r\n|\n|\r|$)/i;

/**
 * A CSV text → its header and data records, each with its spreadsheet row
 * number. Reads past Excel's `sep=` line and a title above the header (each
 * reported, so the caller can say so), and finds a quote that is opened and
 * never closed.
 */
export function readCsvRecords(text: string, knownColumns: readonly string[]): CsvRecords {
  let body = stripByteOrderMark(text);
  let offset = 0;
  let separatorLine: CsvRecords['separatorLine'] = null;
  let forced: CsvSeparator | null = null;
  const sep = SEPARATOR_LINE.exec(body);
  if (sep) {
    separatorLine = { line: 1, value: sep[0].trim() };
    if ((SEPARATORS as readonly string[]).includes(sep[1]!)) forced = sep[1] as CsvSeparator;
    body = body.slice(sep[0].length);
    offset = 1;
  }
  const { separator, headerIndex } = findHeader(body, knownColumns, forced);
  const parsed = PARSERS.get(separator)!.parseRows(body);
  const unclosed = unclosedQuoteRecord(body, separator);
  const end = unclosed === null ? parsed.length : Math.min(unclosed, parsed.length);
  const header = (parsed[headerIndex] ?? []).map(normaliseHeader);
  const titleRows: CsvRecords['titleRows'] = [];
  for (let i = 0; i < headerIndex; i++) {
    const cells = parsed[i]!;
    if (cells.some((cell) => cell.trim() !== '')) titleRows.push({ line: i + 1 + offset, value: cells.filter((cell) => cell.trim() !== '').join(' ') });
  }
  const rows: CsvRow[] = [];
  for (let i = headerIndex + 1; i < end; i++) {
    const cells = parsed[i]!;
    if (cells.every((cell) => cell.trim() === '')) continue;
    rows.push({ line: i + 1 + offset, cells });
  }
  const unclosedQuote = unclosed === null ? null : { line: unclosed + 1 + offset, value: (parsed[unclosed] ?? []).join(separator).slice(0, 60) };
  return { separator, header, headerLine: headerIndex + 1 + offset, rows, separatorLine, titleRows, unclosedQuote };
}

/**
 * The separator and the record that is the header: the one among the first
 * rows that holds the most known column names (the first of equals), so a
 * title row above it is passed over. Without any known name: the first
 * record, split on the separator that occurs most in it.
 */
function findHeader(body: string, knownColumns: readonly string[], forced: CsvSeparator | null): { separator: CsvSeparator; headerIndex: number } {
  const known = new Set(knownColumns);
  const head = firstLines(body, HEADER_SEARCH_ROWS);
  let best = { separator: forced ?? detectSeparator(body, knownColumns), headerIndex: 0, matches: 0 };
  for (const separator of forced ? [forced] : SEPARATORS) {
    PARSERS.get(separator)!.parseRows(head).forEach((cells, index) => {
      const matches = new Set(cells.map(normaliseHeader).filter((name) => known.has(name))).size;
      if (matches > best.matches || (matches === best.matches && matches > 0 && index < best.headerIndex)) best = { separator, headerIndex: index, matches };
    });
  }
  // A row above the header only counts as a title when the header lower down is clearly one.
  if (best.headerIndex > 0 && best.matches < 2) return { separator: best.separator, headerIndex: 0 };
  return { separator: best.separator, headerIndex: best.headerIndex };
}

/** The text up to its n-th line end, at most 64 KB (quoted line ends are rare this high up, and only shift the search). */
function firstLines(text: string, count: number): string {
  let end = 0;
  for (let n = 0; n < count; n++) {
    const next = text.indexOf('\n', end);
    if (next < 0) return text.slice(0, 65536);
    end = next + 1;
  }
  return text.slice(0, Math.min(end, 65536));
}

/**
 * The index of the record in which a quoted field opens that is never
 * closed (a quote is only special at the start of a field, as RFC 4180 and
 * d3-dsv read it), or null.
 */
function unclosedQuoteRecord(text: string, separator: CsvSeparator): number | null {
  let record = 0;
  let fieldStart = true;
  let inQuotes = false;
  let openedIn = 0;
  for (let i = 0; i < text.length; i++) {
    const char = text.charCodeAt(i);
    if (inQuotes) {
      if (char === 34) {
        if (text.charCodeAt(i + 1) === 34) i++;
        else inQuotes = false;
      }
      continue;
    }
    if (fieldStart && char === 34) {
      inQuotes = true;
      openedIn = record;
      fieldStart = false;
    } else if (char === 10 || char === 13) {
      if (char === 13 && text.charCodeAt(i + 1) === 10) i++;
      record++;
      fieldStart = true;
    } else fieldStart = char === separator.charCodeAt(0);
  }
  return inQuotes ? openedIn : null;
}
