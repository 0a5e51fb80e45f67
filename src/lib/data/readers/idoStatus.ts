/** ido.csv → IDO desk status changes: a known location that exists in that quarter, one status per location and quarter. */
import { quarterKey, type Period } from '../../domain/quarter';
import { IDO_STATUSES, type IdoStatusChange, type LibraryLocation } from '../../domain/types';
import type { CsvTable } from '../csvTable';
import { periodText, reportUnknownId, within, type IdIndex } from '../rowChecks';
import { rowsOf, type ReaderContext } from './readerContext';

export function readIdoStatusChanges(table: CsvTable | undefined, { checks, tick }: ReaderContext, locations: readonly LibraryLocation[], locationIndex: Partial<IdIndex> = {}): IdoStatusChange[] {
  const locationPeriods = new Map<string, Period[]>();
  for (const location of locations) {
    const periods = locationPeriods.get(location.id);
    if (periods) periods.push(location);
    else locationPeriods.set(location.id, [location]);
  }
  const changes: IdoStatusChange[] = [];
  const statusLines = new Map<string, number>();
  for (const row of rowsOf(table)) {
    tick();
    const t = table!;
    const locationId = t.text(row, 'vestiging_id');
    const status = t.oneOf(row, 'status', IDO_STATUSES, 'bad-status');
    const from = t.quarter(row, 'vanaf');
    if (locationId === null || status === null || from === null) continue;
    checks.seen(from);
    const periods = locationPeriods.get(locationId);
    if (!periods) {
      reportUnknownId(t, row, 'vestiging_id', locationId, 'unknown-location', locationIndex);
      continue;
    }
    if (!periods.some((p) => within({ from, to: from + 1 }, p))) {
      t.report('outside-period', row.line, 'vanaf', t.cell(row, 'vanaf'), { period: periods.map(periodText).join('; '), id: locationId }, { message: 'outside-period.location' });
      continue;
    }
    const key = `${locationId}@${from}`;
    const earlier = statusLines.get(key);
    if (earlier !== undefined) {
      t.report('duplicate-status', row.line, 'vanaf', t.cell(row, 'vanaf'), { id: locationId, quarter: quarterKey(from), line: earlier });
      continue;
    }
    statusLines.set(key, row.line);
    changes.push({ locationId, status, from });
  }
  return changes;
}
