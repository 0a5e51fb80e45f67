/** belastingdienst.csv → the organisations in the convenant, when; one organisation once per quarter. */
import type { TaxPartnership } from '../../domain/types';
import type { CsvTable } from '../csvTable';
import { withoutOverlaps, type OrganisationIndex } from '../rowChecks';
import { rowsOf, type ReaderContext } from './readerContext';

export function readTaxPartnerships(table: CsvTable | undefined, { checks, tick }: ReaderContext, organisations: OrganisationIndex): TaxPartnership[] {
  const partnerships: TaxPartnership[] = [];
  const lines: number[] = [];
  for (const row of rowsOf(table)) {
    tick();
    const t = table!;
    const validity = checks.period(t, row);
    if (!validity) continue;
    const organisationId = checks.organisationRef(t, row, validity, organisations);
    if (organisationId === null) continue;
    partnerships.push({ organisationId, ...validity });
    lines.push(row.line);
  }
  if (!table) return partnerships;
  return withoutOverlaps(table, partnerships, lines, (p) => p.organisationId, 'organisatie_id')[0];
}
