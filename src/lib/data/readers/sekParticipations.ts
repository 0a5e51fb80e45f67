/** sek.csv → which organisation registers a municipality's offer on which website, when; no pair twice in one quarter. */
import { SEK_VARIANTS, type SekParticipation } from '../../domain/types';
import type { CsvTable } from '../csvTable';
import { withoutOverlaps, type OrganisationIndex } from '../rowChecks';
import { rowsOf, type ReaderContext } from './readerContext';

export function readSekParticipations(table: CsvTable | undefined, { checks, tick }: ReaderContext, organisations: OrganisationIndex): SekParticipation[] {
  const participations: SekParticipation[] = [];
  const lines: number[] = [];
  for (const row of rowsOf(table)) {
    tick();
    const t = table!;
    const validity = checks.period(t, row);
    const variant = t.oneOf(row, 'variant', SEK_VARIANTS, 'bad-variant');
    if (!validity || variant === null) continue;
    const organisationId = checks.organisationRef(t, row, validity, organisations);
    const code = checks.municipalityCode(t, row, validity);
    if (organisationId === null || code === null) continue;
    participations.push({ municipalityCode: code, organisationId, variant, ...validity });
    lines.push(row.line);
  }
  if (!table) return participations;
  return withoutOverlaps(table, participations, lines, (p) => `${p.municipalityCode} ${p.organisationId}`, 'gemeente_code + organisatie_id')[0];
}
