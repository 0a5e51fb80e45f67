/**
 * Short notes per quarter for presentation mode and exports ("landelijke
 * campagne IDO"), from the optional file annotaties.csv: what a note is, and
 * which notes go with a quarter. Reading the file is `annotationsCsv.ts`,
 * loaded only with the notes (after the first map), with the CSV code.
 */
import type { IndicatorId } from '../domain/indicators';
import type { Quarter } from '../domain/quarter';
import type { Language } from '../i18n/translate';

export const ANNOTATIONS_FILE = 'annotaties.csv';

export interface Annotation {
  quarter: Quarter;
  /** The indicator the note is about; null for a note that holds for every indicator. */
  indicator: IndicatorId | null;
  text: Record<Language, string>;
}

/** The notes to show with a quarter and indicator: the general note first (parseAnnotations sorts it there), then the indicator's own. */
export function annotationsFor(annotations: readonly Annotation[], quarter: Quarter, indicator: IndicatorId): Annotation[] {
  return annotations.filter((a) => a.quarter === quarter && (a.indicator === null || a.indicator === indicator));
}
