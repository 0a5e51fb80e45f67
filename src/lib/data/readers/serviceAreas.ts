/** werkgebieden.csv → which municipalities each organisation serves, when; no werkgebied twice in one quarter. */
import type { ServiceArea } from '../../domain/types';
import type { CsvTable } from '../csvTable';
import { withoutOverlaps, type OrganisationIndex } from '../rowChecks';
import { rowsOf, type ReaderContext } from './readerContext';

export function readServiceAreas(table: CsvTable | undefined, { checks, tick }: ReaderContext, organisations: OrganisationIndex): ServiceArea[] {
  const areas: ServiceArea[] = [];
  const lines: number[] = [];
  for (const row of rowsOf(table)) {
    tick();
    const t = table!;
    const validity = checks.period(t, row);
    if (!validity) continue;
    const organisationId = checks.organisationRef(t, row, validity, organisations);
    const code = checks.municipalityCode(t, row, validity);
    if (organisationId === null || code === null) continue;
    areas.push({ organisationId, municipalityCode: code, ...validity });
    lines.push(row.line);
  }
  if (!table) return areas;
  return withoutOverlaps(table, areas, lines, (a) => `${a.organisationId} ${a.municipalityCode}`, 'organisatie_id + gemeente_code')[0];
}
