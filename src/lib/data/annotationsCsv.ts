/**
 * Reading annotaties.csv: kept apart from the dataset, so a dataset is
 * complete without it and a bad note never keeps the map from loading. Every
 * problem is reported like the dataset's (file, row, column, value, a
 * translatable message), all in one pass. Its own module, so the CSV code
 * reaches the browser only with the notes (api/annotationsQuery.ts).
 */
import { INDICATORS, isIndicatorId } from '../domain/indicators';
import { quarterKey, type Quarter } from '../domain/quarter';
import type { DataProblem } from '../domain/types';
import { ANNOTATIONS_FILE, type Annotation } from './annotations';
import { CsvTable } from './csvTable';
// Own data's messages come with this module, not with the app's first chunk.
import '../i18n/dataMessages';

/** Long enough for "Landelijke tv- en online campagne IDO", short enough to read from the back of a room. */
export const MAX_ANNOTATION_LENGTH = 140;

// `indicator` may be left out (then every note is about every indicator).
const COLUMNS = [
  { name: 'kwartaal', required: true },
  { name: 'indicator', required: false },
  { name: 'tekst_nl', required: true },
  { name: 'tekst_en', required: true },
] as const;

/**
 * Parses annotaties.csv, read as the dataset's files are (separator, header
 * names and quarters as people write them). `range` (the data's first and
 * last quarter), when given, rejects notes for quarters the slider never
 * shows (a typo such as 2032-Q1 would otherwise go unnoticed). Rows with a
 * problem are left out; the messages are the data dictionary's
 * (`data.expected.annotation.*`), so the app and the command line can say them.
 */
export function parseAnnotations(text: string, range?: { first: Quarter; last: Quarter }): { annotations: Annotation[]; problems: DataProblem[] } {
  const problems: DataProblem[] = [];
  const table = new CsvTable(ANNOTATIONS_FILE, text, COLUMNS, problems);
  if (!table.ok) return { annotations: [], problems };

  const annotations: Annotation[] = [];
  const seen = new Map<string, number>();
  for (const row of table.rows) {
    const quarter = table.quarter(row, 'kwartaal');
    const indicatorText = table.optionalText(row, 'indicator')?.toLowerCase() ?? null;
    const indicator = indicatorText === null ? null : isIndicatorId(indicatorText) ? indicatorText : undefined;
    if (indicator === undefined) table.report('bad-indicator', row.line, 'indicator', table.cell(row, 'indicator'), { allowed: INDICATORS.join(', ') }, { message: 'annotation.bad-indicator' });
    const nl = table.text(row, 'tekst_nl');
    const en = table.text(row, 'tekst_en');
    for (const [column, value] of [['tekst_nl', nl], ['tekst_en', en]] as const) {
      if (value !== null && value.length > MAX_ANNOTATION_LENGTH) {
        table.report('text-too-long', row.line, column, value, { max: MAX_ANNOTATION_LENGTH, length: value.length }, { message: 'annotation.text-too-long' });
      }
    }
    if (quarter !== null && range && (quarter < range.first || quarter > range.last)) {
      table.report('outside-period', row.line, 'kwartaal', quarterKey(quarter), { first: quarterKey(range.first), last: quarterKey(range.last) }, { message: 'annotation.outside-data' });
      continue;
    }
    if (quarter === null || indicator === undefined || nl === null || en === null) continue;
    if (nl.length > MAX_ANNOTATION_LENGTH || en.length > MAX_ANNOTATION_LENGTH) continue;
    // One note per quarter and indicator (and one for all indicators): two would compete for the same line on screen.
    const key = `${quarter}|${indicator ?? '*'}`;
    const earlier = seen.get(key);
    if (earlier !== undefined) {
      const value = `${quarterKey(quarter)}${indicator ? `,${indicator}` : ''}`;
      table.report('duplicate-annotation', row.line, indicator ? 'kwartaal,indicator' : 'kwartaal', value, { line: earlier }, { message: 'annotation.duplicate' });
      continue;
    }
    seen.set(key, row.line);
    annotations.push({ quarter, indicator, text: { nl, en } });
  }
  annotations.sort((a, b) => a.quarter - b.quarter || (a.indicator ?? '').localeCompare(b.indicator ?? ''));
  return { annotations, problems };
}
