/**
 * Reading one CSV file of the dataset as people export it: the separator
 * (`,` `;` or tab) is detected from the header, header names are matched
 * without regard to case or spaces, cells are trimmed, a decimal comma is a
 * decimal point, and quarters may be written in several ways. Typed cell
 * readers record a DataProblem (file, row, column, value, expected) instead
 * of throwing, so one pass reports every problem in a file.
 */
import { dsvFormat } from 'd3-dsv';
import { parseQuarterText, type Quarter } from '../domain/quarter';
import type { DataProblem } from '../domain/types';
import type { MessageParams } from '../i18n/translate';
import { dataProblem } from './dataProblem';

export interface CsvRow {
  /** Row number as a spreadsheet shows it: the header is row 1. */
  line: number;
  cells: string[];
}

export type CsvSeparator = ',' | ';' | '\t';
const SEPARATORS: readonly CsvSeparator[] = [',', ';', '\t'];
// d3-dsv's row parser (parseRows) builds no functions at run time, so it runs under a strict CSP.
const PARSERS = new Map(SEPARATORS.map((separator) => [separator, dsvFormat(separator)]));

/** `Organisatie ID` and `organisatie-id` are the column `organisatie_id`. */
export function normaliseHeader(name: string): string {
  return name.replace(/^\uFEFF/, '').trim().toLowerCase().replace(/[\s-]+/g, '_');
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
  const header = headerLine(text.replace(/^\uFEFF/, ''));
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
  const separator = detectSeparator(text, knownColumns);
  return (PARSERS.get(separator)!.parseRows(headerLine(text.replace(/^\uFEFF/, '')))[0] ?? []).map(normaliseHeader);
}

const DECIMAL_COMMA = /^[+-]?\d+,\d+$/;

export class CsvTable {
  readonly rows: CsvRow[] = [];
  readonly header: string[];
  readonly separator: CsvSeparator;
  /** False when a required column is missing: then no rows are read. */
  readonly ok: boolean;
  readonly #index = new Map<string, number>();

  constructor(
    /** The file name as the user gave it. */
    readonly file: string,
    text: string,
    readonly columns: readonly { name: string; required: boolean }[],
    readonly problems: DataProblem[],
  ) {
    const body = text.replace(/^\uFEFF/, '');
    this.separator = detectSeparator(body, columns.map((c) => c.name));
    const parsed = PARSERS.get(this.separator)!.parseRows(body);
    this.header = (parsed[0] ?? []).map(normaliseHeader);
    this.header.forEach((name, i) => {
      if (name && !this.#index.has(name)) this.#index.set(name, i);
    });
    const allowed = columns.map((c) => c.name).join(', ');
    const missing = columns.filter((c) => c.required && !this.#index.has(c.name));
    for (const column of missing) this.report('missing-column', null, column.name, null, { column: column.name, header: allowed });
    for (const name of new Set(this.header)) {
      if (name && !columns.some((c) => c.name === name)) this.report('unknown-column', null, name, null, { allowed }, { severity: 'warning' });
    }
    this.ok = missing.length === 0;
    if (!this.ok) return;
    for (let i = 1; i < parsed.length; i++) {
      const cells = parsed[i]!;
      // Skip blank lines (a trailing newline, empty rows Excel leaves at the end, a row of only separators).
      if (cells.every((cell) => cell.trim() === '')) continue;
      this.rows.push({ line: i + 1, cells });
    }
  }

  report(kind: string, line: number | null, column: string | null, value: string | null, params: MessageParams = {}, options: { severity?: DataProblem['severity']; message?: string } = {}): void {
    this.problems.push(dataProblem({ kind, file: this.file, row: line, column, value, params, ...options }));
  }

  /** The trimmed cell, '' when empty or when the column is absent. */
  cell(row: CsvRow, column: string): string {
    const index = this.#index.get(column);
    return index === undefined ? '' : (row.cells[index] ?? '').trim();
  }

  text(row: CsvRow, column: string): string | null {
    const value = this.cell(row, column);
    if (value === '') {
      this.report('empty-value', row.line, column, value, { column });
      return null;
    }
    return value;
  }

  optionalText(row: CsvRow, column: string): string | null {
    return this.cell(row, column) || null;
  }

  quarter(row: CsvRow, column: string): Quarter | null {
    const value = this.text(row, column);
    if (value === null) return null;
    const quarter = parseQuarterText(value);
    if (quarter === null) this.report('bad-quarter', row.line, column, value);
    return quarter;
  }

  /** An empty `tot` means "still valid"; undefined signals a bad value. */
  optionalQuarter(row: CsvRow, column: string): Quarter | null | undefined {
    const value = this.cell(row, column);
    if (value === '') return null;
    const quarter = parseQuarterText(value);
    if (quarter === null) {
      this.report('bad-quarter', row.line, column, value, {}, { message: 'bad-quarter.optional' });
      return undefined;
    }
    return quarter;
  }

  /** A number with a decimal point or a decimal comma (52,3760 from Dutch Excel). */
  number(row: CsvRow, column: string): number | null {
    const value = this.text(row, column);
    if (value === null) return null;
    const number = Number(DECIMAL_COMMA.test(value) ? value.replace(',', '.') : value);
    if (!Number.isFinite(number) || value === '') {
      this.report('bad-number', row.line, column, value, { column });
      return null;
    }
    return number;
  }

  oneOf<T extends string>(row: CsvRow, column: string, allowed: readonly T[], kind: string): T | null {
    const value = this.text(row, column);
    if (value === null) return null;
    // "Open" and "OPEN" are the status open.
    const normalised = value.toLowerCase();
    if (!(allowed as readonly string[]).includes(normalised)) {
      this.report(kind, row.line, column, value, { allowed: allowed.join(', ') });
      return null;
    }
    return normalised as T;
  }
}
