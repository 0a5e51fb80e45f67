/** organisaties.csv → organisations: unique ids, a period each, and a successor that exists (else a warning). */
import type { Organisation } from '../../domain/types';
import type { CsvTable } from '../csvTable';
import type { OrganisationIndex } from '../rowChecks';
import { rowsOf, type ReaderContext } from './readerContext';

export function readOrganisations(table: CsvTable | undefined, { checks, tick }: ReaderContext): { organisations: Organisation[]; index: OrganisationIndex } {
  const organisations: Organisation[] = [];
  const byId = new Map<string, Organisation>();
  const lines = new Map<string, number>();
  for (const row of rowsOf(table)) {
    tick();
    const t = table!;
    const id = t.text(row, 'organisatie_id');
    const name = t.text(row, 'naam');
    const validity = checks.period(t, row);
    if (id === null || name === null || !validity) continue;
    if (byId.has(id)) {
      t.report('duplicate-id', row.line, 'organisatie_id', id, { id, line: lines.get(id)! });
      continue;
    }
    const organisation = { id, name, ...validity, successorId: t.optionalText(row, 'opvolger_id') };
    organisations.push(organisation);
    byId.set(id, organisation);
    lines.set(id, row.line);
  }
  for (const organisation of organisations) {
    if (organisation.successorId && !byId.has(organisation.successorId)) {
      // A successor that is not there is reported, but does not keep the organisation out.
      table!.report('unknown-organisation', lines.get(organisation.id)!, 'opvolger_id', organisation.successorId, {}, { severity: 'warning' });
      organisation.successorId = null;
    }
  }
  return { organisations, index: { byId, lines } };
}
