/** The published national figures (gepubliceerde-cijfers.csv): each with its date, quarter and source. */
import { parseQuarterKey } from '../domain/quarter';
import type { DataProblem, PublishedFigure } from '../domain/types';
import { CsvTable } from './csvTable';

export type { PublishedFigure } from '../domain/types';

const COLUMNS = ['indicator', 'waarde', 'eenheid', 'peildatum', 'kwartaal', 'bron', 'citaat'].map((name) => ({ name, required: true }));

/**
 * The file is the project's own (checked by the data build and the
 * calibration test), so the first fault throws, naming its row as a
 * spreadsheet numbers it (read the way every CSV is read: CsvTable).
 */
export function parsePublishedFigures(text: string): PublishedFigure[] {
  const problems: DataProblem[] = [];
  const table = new CsvTable('gepubliceerde-cijfers.csv', text, COLUMNS, problems);
  const missing = problems.filter((p) => p.kind === 'missing-column').map((p) => p.column);
  if (missing.length) throw new Error(`gepubliceerde-cijfers.csv: missing column(s) ${missing.join(', ')}`);
  return table.rows.map((row) => {
    const cell = (column: string) => table.cell(row, column);
    const value = Number(cell('waarde'));
    const quarter = parseQuarterKey(cell('kwartaal'));
    if (!Number.isFinite(value)) throw new Error(`gepubliceerde-cijfers.csv row ${row.line}: waarde "${cell('waarde')}" is not a number`);
    if (quarter === null) throw new Error(`gepubliceerde-cijfers.csv row ${row.line}: kwartaal "${cell('kwartaal')}" is not YYYY-Qn`);
    return { indicator: cell('indicator'), value, unit: cell('eenheid'), date: cell('peildatum'), quarter, source: cell('bron'), quote: cell('citaat') };
  });
}

/**
 * How a figure's source is shown: a web address becomes a link, anything
 * else a readable name. A document named by its file
 * (`kwartaalrapportage-bbv-2020-q4.md`) reads better without its extension
 * and dashes; the data file keeps the exact name so it stays traceable.
 */
export function describeSource(source: string): { href: string; label: null } | { href: null; label: string } {
  if (/^https?:\/\//i.test(source)) return { href: source, label: null };
  const fileName = /^[\w.-]+\.(md|pdf|docx?|xlsx?|csv|txt)$/i.test(source);
  return { href: null, label: fileName ? source.replace(/\.\w+$/, '').replace(/[-_]+/g, ' ') : source };
}
