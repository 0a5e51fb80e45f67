/**
 * Reading one CSV file of the dataset as people export it: the separator
 * (`,` `;` or tab) is detected from the header, header names are matched
 * without regard to case or spaces, cells are trimmed, a decimal comma is a
 * decimal point, and quarters may be written in several ways. Typed cell
 * readers record a DataProblem (file, row, column, value, expected) instead
 * of throwing, so one pass reports every problem in a file.
 */
import { restoreCsvCell } from '../domain/csvSafety';
import { dutchDateOfTimestamp, parseQuarterText, quarterKey, quarterYear, type Quarter } from '../domain/quarter';
import type { DataProblem } from '../domain/types';
import type { MessageParams } from '../i18n/translate';
import { readCsvRecords, type CsvRow, type CsvSeparator } from './csvRecords';
import { dataProblem } from './dataProblem';
import { describeInvisible, hasInvisible, stripInvisible } from './visibleText';

export { detectSeparator, normaliseHeader, readHeader, type CsvRow, type CsvSeparator } from './csvRecords';

const DECIMAL_COMMA = /^[+-]?\d+,\d+$/;
const CURLY_QUOTES = /[“”„‟″]/;
/** Columns of free text, where a no-break space is at home; in every other column (ids, codes, quarters, numbers) an invisible character is a fault. */
const FREE_TEXT = new Set(['naam', 'tekst_nl', 'tekst_en', 'citaat', 'bron']);
/** From this year on a `tot` is a register's way of saying "no end" (31-12-9999). */
export const OPEN_END_YEAR = 2100;
/** Quarters the data can name; nothing outside, so no range the data sets can run away (to 9999). */
export const QUARTER_YEARS = { min: 1900, max: OPEN_END_YEAR - 1 } as const;

export interface CsvTableOptions {
  /** Take invisible characters out of ids, codes and quarters (with a note) instead of warning about them. */
  stripInvisible?: boolean;
}

export class CsvTable {
  readonly rows: CsvRow[];
  /** Rows that cannot be read as records of this file (more values than columns, another separator): reported and left out. */
  readonly rejectedRows: CsvRow[] = [];
  readonly header: string[];
  readonly separator: CsvSeparator;
  /** False when a required column is missing: then no rows are read. */
  readonly ok: boolean;
  readonly #index = new Map<string, number>();
  readonly #flagged = new Set<string>();

  constructor(
    /** The file name as the user gave it. */
    readonly file: string,
    text: string,
    readonly columns: readonly { name: string; required: boolean }[],
    readonly problems: DataProblem[],
    readonly options: CsvTableOptions = {},
  ) {
    const records = readCsvRecords(text, columns.map((c) => c.name));
    this.separator = records.separator;
    this.header = records.header;
    this.header.forEach((name, i) => {
      if (name && !this.#index.has(name)) this.#index.set(name, i);
    });
    if (records.separatorLine) this.report('separator-line', records.separatorLine.line, null, records.separatorLine.value, { separator: this.separator === '\t' ? 'tab' : this.separator }, { severity: 'info' });
    for (const title of records.titleRows) this.report('title-row', title.line, null, title.value, { header: records.headerLine }, { severity: 'warning' });
    if (records.unclosedQuote) this.report('unclosed-quote', records.unclosedQuote.line, null, records.unclosedQuote.value, { line: records.unclosedQuote.line });
    const allowed = columns.map((c) => c.name).join(', ');
    const missing = columns.filter((c) => c.required && !this.#index.has(c.name));
    for (const column of missing) this.report('missing-column', null, column.name, null, { column: column.name, header: allowed });
    for (const name of new Set(this.header)) {
      if (name && !columns.some((c) => c.name === name)) this.report('unknown-column', null, name, null, { allowed }, { severity: 'warning' });
    }
    this.ok = missing.length === 0;
    this.rows = this.ok ? records.rows.filter((row) => this.#readable(row)) : [];
  }

  /**
   * A row with more values than the header has columns was split where it
   * should not have been (curly quotes do not enclose a value; a separator in
   * an unquoted value); a row of one value holding another separator uses a
   * different separator from the rest of the file.
   */
  #readable(row: CsvRow): boolean {
    const columns = this.header.length;
    const extra = row.cells.slice(columns).some((cell) => cell.trim() !== '');
    const text = row.cells.join(this.separator);
    if (extra) {
      this.report('extra-cells', row.line, null, text, { columns, cells: row.cells.length }, { message: CURLY_QUOTES.test(text) ? 'extra-cells.curly-quotes' : 'extra-cells' });
    } else if (row.cells.length === 1 && columns > 1) {
      const other = ([',', ';', '\t'] as const).find((s) => s !== this.separator && row.cells[0]!.includes(s));
      if (!other) return true;
      this.report('wrong-separator', row.line, null, text, { separator: this.separator === '\t' ? 'tab' : this.separator, other: other === '\t' ? 'tab' : other });
    } else return true;
    this.rejectedRows.push(row);
    return false;
  }

  report(kind: string, line: number | null, column: string | null, value: string | null, params: MessageParams = {}, options: { severity?: DataProblem['severity']; message?: string; cause?: DataProblem['cause'] } = {}): void {
    this.problems.push(dataProblem({ kind, file: this.file, row: line, column, value, params, ...options }));
  }

  /**
   * The trimmed cell, '' when empty or when the column is absent. A cell the
   * app's CSV writer neutralised (`'=…`) is read as it was; an invisible
   * character in an id, code, quarter or number is stripped with a note, or
   * reported (once per cell) so the user can choose to strip it.
   */
  cell(row: CsvRow, column: string): string {
    const index = this.#index.get(column);
    if (index === undefined) return '';
    const value = restoreCsvCell((row.cells[index] ?? '').trim());
    if (FREE_TEXT.has(column) || !hasInvisible(value)) return value;
    const once = !this.#flagged.has(`${row.line}\n${column}`);
    this.#flagged.add(`${row.line}\n${column}`);
    const characters = describeInvisible(value);
    if (this.options.stripInvisible) {
      if (once) this.report('invisible-stripped', row.line, column, value, { characters }, { severity: 'info' });
      return stripInvisible(value).trim();
    }
    if (once) this.report('invisible-characters', row.line, column, value, { characters }, { severity: 'warning' });
    return value;
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
    const quarter = this.#quarterOf(row, column, value);
    if (quarter === null) this.report('bad-quarter', row.line, column, value);
    else if (quarterYear(quarter) < QUARTER_YEARS.min || quarterYear(quarter) > QUARTER_YEARS.max) {
      this.report('bad-quarter', row.line, column, value, { ...QUARTER_YEARS }, { message: 'bad-quarter.range' });
      return null;
    }
    return quarter;
  }

  /** An empty `tot` means "still valid", and so does a far-future date such as 31-12-9999 (with a note); undefined signals a bad value. */
  optionalQuarter(row: CsvRow, column: string): Quarter | null | undefined {
    const value = this.cell(row, column);
    if (value === '') return null;
    const quarter = this.#quarterOf(row, column, value);
    if (quarter === null) {
      this.report('bad-quarter', row.line, column, value, {}, { message: 'bad-quarter.optional' });
      return undefined;
    }
    if (quarterYear(quarter) >= OPEN_END_YEAR) {
      this.report('open-end', row.line, column, value, { year: OPEN_END_YEAR }, { severity: 'info' });
      return null;
    }
    if (quarterYear(quarter) < QUARTER_YEARS.min) {
      this.report('bad-quarter', row.line, column, value, { ...QUARTER_YEARS }, { message: 'bad-quarter.range' });
      return undefined;
    }
    return quarter;
  }

  /** A timestamp with a zone (2020-06-30T22:00:00Z, as SharePoint writes it) is a moment: its date is the one in the Netherlands, said in a note when it differs. */
  #quarterOf(row: CsvRow, column: string, value: string): Quarter | null {
    const quarter = parseQuarterText(value);
    const local = dutchDateOfTimestamp(value);
    if (quarter !== null && local !== null && local !== value.slice(0, 10)) this.report('timestamp-local', row.line, column, value, { date: local, quarter: quarterKey(quarter) }, { severity: 'info' });
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
