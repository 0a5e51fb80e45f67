/**
 * Reading one CSV file of the dataset as people export it: the separator
 * (`,` `;` or tab) is detected from the header, header names are matched
 * without regard to case or spaces, cells are trimmed, a decimal comma is a
 * decimal point, and quarters may be written in several ways. Typed cell
 * readers record a DataProblem (file, row, column, value, expected) instead
 * of throwing, so one pass reports every problem in a file.
 */
import { parseQuarterText, type Quarter } from '../domain/quarter';
import type { DataProblem } from '../domain/types';
import type { MessageParams } from '../i18n/translate';
import { readCsvRecords, type CsvRow, type CsvSeparator } from './csvRecords';
import { dataProblem } from './dataProblem';

export { detectSeparator, normaliseHeader, readHeader, type CsvRow, type CsvSeparator } from './csvRecords';

const DECIMAL_COMMA = /^[+-]?\d+,\d+$/;

export class CsvTable {
  readonly rows: CsvRow[];
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
    const records = readCsvRecords(text, columns.map((c) => c.name));
    this.separator = records.separator;
    this.header = records.header;
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
    this.rows = this.ok ? records.rows : [];
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
