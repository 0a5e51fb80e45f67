/**
 * CSV injection: a spreadsheet runs a cell that begins with `=`, `+`, `-` or
 * `@` (or a tab or carriage return before one) as a formula, so a name such as
 * `=cmd|' /C calc'!A0` in a download could run a command on the user's
 * machine. Following OWASP's advice, such a cell is written with a leading
 * apostrophe, which Excel and LibreOffice read as "this is text". Numbers
 * (`-12`, `-0,5`, `+3.1e2`) stay numbers. Every CSV the app or the data build
 * writes goes through this one writer; the data's own reader
 * (`data/csvTable.ts`) takes the apostrophe off again, so what the data build
 * writes reads back unchanged.
 */
import { dsvFormat } from 'd3-dsv';

const FORMULA_START = /^[=+\-@\t\r]/;
const NUMBER = /^[+-]?(?:\d+(?:[.,]\d*)?|[.,]\d+)(?:[eE][+-]?\d+)?$/;

/** The cell as a spreadsheet will show it as text, never run it. */
export function neutraliseCsvCell(value: string): string {
  return FORMULA_START.test(value) && !NUMBER.test(value) ? `'${value}` : value;
}

/** A cell that neutraliseCsvCell wrote, as it was. */
export function restoreCsvCell(value: string): string {
  return value.startsWith("'") && FORMULA_START.test(value.slice(1)) && !NUMBER.test(value.slice(1)) ? value.slice(1) : value;
}

export interface SafeCsvWriter {
  /** Rows of cells → CSV text (no trailing newline), every cell neutralised. */
  formatRows(rows: readonly (readonly (string | number)[])[]): string;
  /** Objects → CSV text with a header of `columns` (by default every key, in the order first seen, as d3-dsv does), every cell neutralised. */
  format<T extends object>(rows: readonly T[], columns?: readonly (keyof T & string)[]): string;
}

export function safeCsvWriter(separator: string): SafeCsvWriter {
  const dsv = dsvFormat(separator);
  const cell = (value: unknown) => neutraliseCsvCell(value === null || value === undefined ? '' : String(value));
  return {
    formatRows: (rows) => dsv.formatRows(rows.map((row) => row.map(cell))),
    format<T extends object>(rows: readonly T[], columns?: readonly (keyof T & string)[]) {
      const header = columns ?? ([...new Set(rows.flatMap((row) => Object.keys(row)))] as (keyof T & string)[]);
      return dsv.formatRows([[...header], ...rows.map((row) => header.map((c) => cell(row[c])))]);
    },
  };
}
