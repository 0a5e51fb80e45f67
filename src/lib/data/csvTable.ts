/**
 * Reading one CSV file of the dataset: header checks and typed cell readers
 * that record a DataProblem (file, row, column, value, expected) instead of
 * throwing, so one pass reports every problem in a file.
 */
import { csvParseRows } from 'd3-dsv';
import { parseQuarterKey, type Quarter } from '../domain/quarter';
import type { DataProblem } from '../domain/types';

export class CsvTable {
  readonly rows: { line: number; cells: Map<string, string> }[] = [];
  readonly ok: boolean;

  constructor(
    readonly file: string,
    text: string,
    readonly columns: readonly { name: string; required: boolean }[],
    readonly problems: DataProblem[],
  ) {
    // A UTF-8 byte order mark (Excel) is not part of the first column's name.
    const parsed = csvParseRows(text.replace(/^\uFEFF/, ''));
    const header = (parsed[0] ?? []).map((h) => h.trim());
    const missing = columns.filter((c) => !header.includes(c.name));
    for (const column of missing) {
      this.report('missing-column', null, column.name, null, `a column "${column.name}" in the header (${columns.map((c) => c.name).join(',')})`);
    }
    for (const name of header) {
      if (name && !columns.some((c) => c.name === name)) this.report('unknown-column', null, name, null, `only the columns ${columns.map((c) => c.name).join(', ')}`, 'warning');
    }
    this.ok = missing.length === 0;
    if (!this.ok) return;
    parsed.slice(1).forEach((cells, i) => {
      // Skip blank lines (a trailing newline, an empty row at the end in Excel).
      if (cells.every((cell) => cell.trim() === '')) return;
      this.rows.push({ line: i + 2, cells: new Map(header.map((name, c) => [name, (cells[c] ?? '').trim()])) });
    });
  }

  report(kind: string, line: number | null, column: string | null, value: string | null, expected: string, severity: 'error' | 'warning' = 'error'): void {
    this.problems.push({ kind, file: this.file, row: line, column, value, expected, severity });
  }

  text(row: CsvTable['rows'][number], column: string): string | null {
    const value = row.cells.get(column) ?? '';
    if (value === '') {
      this.report('empty-value', row.line, column, value, `a value in column "${column}"`);
      return null;
    }
    return value;
  }

  optionalText(row: CsvTable['rows'][number], column: string): string | null {
    return (row.cells.get(column) ?? '') || null;
  }

  quarter(row: CsvTable['rows'][number], column: string): Quarter | null {
    const value = this.text(row, column);
    if (value === null) return null;
    const quarter = parseQuarterKey(value);
    if (quarter === null) this.report('bad-quarter', row.line, column, value, 'a quarter written as YYYY-Qn, for example 2020-Q4');
    return quarter;
  }

  /** An empty `tot` means "still valid"; undefined signals a bad value. */
  optionalQuarter(row: CsvTable['rows'][number], column: string): Quarter | null | undefined {
    const value = row.cells.get(column) ?? '';
    if (value === '') return null;
    const quarter = parseQuarterKey(value);
    if (quarter === null) {
      this.report('bad-quarter', row.line, column, value, 'a quarter written as YYYY-Qn (for example 2020-Q4), or empty for "still valid"');
      return undefined;
    }
    return quarter;
  }

  number(row: CsvTable['rows'][number], column: string, min: number, max: number, what: string): number | null {
    const value = this.text(row, column);
    if (value === null) return null;
    const number = Number(value);
    if (!Number.isFinite(number)) {
      this.report('bad-number', row.line, column, value, `a number (${what}) with a decimal point`);
      return null;
    }
    if (number < min || number > max) {
      this.report('outside-netherlands', row.line, column, value, `${what} between ${min} and ${max} (inside the Netherlands)`);
      return null;
    }
    return number;
  }

  oneOf<T extends string>(row: CsvTable['rows'][number], column: string, allowed: readonly T[]): T | null {
    const value = this.text(row, column);
    if (value === null) return null;
    if (!(allowed as readonly string[]).includes(value)) {
      this.report(column === 'status' ? 'bad-status' : 'bad-variant', row.line, column, value, `one of: ${allowed.join(', ')}`);
      return null;
    }
    return value as T;
  }
}
