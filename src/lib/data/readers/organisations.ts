/**
 * organisaties.csv → organisations: unique ids, a period each, and a successor
 * that exists (else a warning). Ids that differ only in case, spaces or
 * invisible characters (`ORG001`, `org001`, `ORG 001`) are different ids to
 * the data but the same to a person: a warning names both rows.
 */
import type { Organisation } from '../../domain/types';
import type { CsvTable } from '../csvTable';
import { foldId, type OrganisationIndex } from '../rowChecks';
import { isUnreadable, rowsOf, type ReaderContext } from './readerContext';

export function readOrganisations(table: CsvTable | undefined, { checks, tick }: ReaderContext): { organisations: Organisation[]; index: Required<OrganisationIndex> } {
  const organisations: Organisation[] = [];
  const byId = new Map<string, Organisation>();
  const lines = new Map<string, number>();
  const rejected = new Map<string, number>();
  const folded = new Map<string, { id: string; line: number }>();
  const reject = (id: string | null, line: number) => {
    if (id && !byId.has(id) && !rejected.has(id)) rejected.set(id, line);
  };
  for (const row of table?.rejectedRows ?? []) reject(table!.cell(row, 'organisatie_id'), row.line);
  for (const row of rowsOf(table)) {
    tick();
    const t = table!;
    const id = t.text(row, 'organisatie_id');
    const name = t.text(row, 'naam');
    const validity = checks.period(t, row);
    if (id !== null) {
      const similar = folded.get(foldId(id));
      if (similar && similar.id !== id) t.report('similar-id', row.line, 'organisatie_id', id, { id, other: similar.id, line: similar.line }, { severity: 'warning' });
      else if (!similar) folded.set(foldId(id), { id, line: row.line });
    }
    if (id === null || name === null || !validity) {
      reject(id, row.line);
      continue;
    }
    if (byId.has(id)) {
      t.report('duplicate-id', row.line, 'organisatie_id', id, { id, line: lines.get(id)! });
      continue;
    }
    rejected.delete(id);
    const organisation = { id, name, ...validity, successorId: t.optionalText(row, 'opvolger_id') };
    organisations.push(organisation);
    byId.set(id, organisation);
    lines.set(id, row.line);
  }
  for (const organisation of organisations) {
    if (organisation.successorId && !byId.has(organisation.successorId)) {
      // A successor that is not there is reported, but does not keep the organisation out.
      // When the file could not be read to the end, the successor may be among the rows it lost: that is the cause.
      const cause = isUnreadable(table) ? { cause: { file: table!.file, row: null } } : {};
      table!.report('unknown-organisation', lines.get(organisation.id)!, 'opvolger_id', organisation.successorId, {}, { severity: 'warning', ...cause });
      organisation.successorId = null;
    }
  }
  return { organisations, index: { byId, lines, rejected, folded, file: table?.file ?? 'organisaties.csv', unreadable: isUnreadable(table) } };
}
