/** The published national figures (gepubliceerde-cijfers.csv): each with its date, quarter and source. */
import { csvParseRows } from 'd3-dsv';
import { parseQuarterKey } from '../domain/quarter';
import type { PublishedFigure } from '../domain/types';

export type { PublishedFigure } from '../domain/types';

export function parsePublishedFigures(text: string): PublishedFigure[] {
  // csvParseRows, not csvParse: d3's row-object parser compiles a function
  // with `new Function`, which a strict Content-Security-Policy forbids.
  const [header = [], ...lines] = csvParseRows(text.replace(/^\uFEFF/, ''));
  const rows = lines.filter((cells) => cells.some((c) => c.trim() !== '')).map((cells) => Object.fromEntries(header.map((name, i) => [name, cells[i] ?? ''])) as Record<string, string>);
  const required = ['indicator', 'waarde', 'eenheid', 'peildatum', 'kwartaal', 'bron', 'citaat'];
  const missing = required.filter((c) => !header.includes(c));
  if (missing.length) throw new Error(`gepubliceerde-cijfers.csv: missing column(s) ${missing.join(', ')}`);
  return rows.map((row, i) => {
    const value = Number(row['waarde']);
    const quarter = parseQuarterKey(row['kwartaal'] ?? '');
    if (!Number.isFinite(value)) throw new Error(`gepubliceerde-cijfers.csv row ${i + 2}: waarde "${row['waarde']}" is not a number`);
    if (quarter === null) throw new Error(`gepubliceerde-cijfers.csv row ${i + 2}: kwartaal "${row['kwartaal']}" is not YYYY-Qn`);
    return { indicator: row['indicator']!, value, unit: row['eenheid']!, date: row['peildatum']!, quarter, source: row['bron']!, quote: row['citaat']! };
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
