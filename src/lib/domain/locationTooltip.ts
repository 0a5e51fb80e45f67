/**
 * What hovering an IDO point on the map tells: the library location, its
 * organisation and since when its IDO desk is open (plain data; the tooltip
 * lays it out in the language of the screen).
 */
import { idoStatusAt, idoStatusSince, type DatasetIndex } from './coverage';
import { isInPeriod, type Quarter } from './quarter';
import type { IdoStatus } from './types';

export interface LocationTooltip {
  id: string;
  name: string;
  organisationName: string;
  municipalityName: string | null;
  status: IdoStatus | null;
  /** The quarter the current status started. */
  since: Quarter | null;
}

/** The location as it was in the quarter (a location may change organisation); null when it does not exist then. */
export function getLocationTooltip(index: DatasetIndex, locationId: string, quarter: Quarter, municipalityName: (code: string) => string | null): LocationTooltip | null {
  const row = index.locationRowsById.get(locationId)?.find((r) => isInPeriod(quarter, r));
  if (!row) return null;
  const changes = index.idoChangesByLocation.get(locationId);
  const organisation = index.dataset.organisations.find((o) => o.id === row.organisationId);
  return {
    id: locationId,
    name: row.name,
    organisationName: organisation?.name ?? row.organisationId,
    municipalityName: municipalityName(row.municipalityCode),
    status: idoStatusAt(changes, quarter),
    since: idoStatusSince(changes, quarter),
  };
}
