/**
 * vestigingen.csv → library locations: a point in the Netherlands that lies
 * inside its municipality (by the boundaries of the row's first quarter, when
 * those shapes are given), an organisation that exists for the period, and
 * one id in several rows only when their periods do not overlap.
 */
import type { LibraryLocation } from '../../domain/types';
import { boundaryVersionForQuarter } from '../../domain/boundaries';
import type { CsvTable } from '../csvTable';
import type { MunicipalityShapes } from '../datasetSchema';
import { locationInMunicipality } from '../locationInMunicipality';
import { coordinates, foldId, withoutOverlaps, type IdIndex, type OrganisationIndex } from '../rowChecks';
import { quarterKey } from '../../domain/quarter';
import { isUnreadable, rowsOf, type ReaderContext } from './readerContext';

export function readLocations(
  table: CsvTable | undefined,
  { checks, tick }: ReaderContext,
  organisations: OrganisationIndex,
  shapesOf?: (versionId: string) => MunicipalityShapes | undefined,
): { locations: LibraryLocation[]; index: IdIndex } {
  const locations: LibraryLocation[] = [];
  const lines: number[] = [];
  const rejected = new Map<string, number>();
  const folded = new Map<string, { id: string; line: number }>();
  const reject = (id: string | null, line: number) => {
    if (id && !rejected.has(id)) rejected.set(id, line);
  };
  for (const row of table?.rejectedRows ?? []) reject(table!.cell(row, 'vestiging_id'), row.line);
  for (const row of rowsOf(table)) {
    tick();
    const t = table!;
    const id = t.text(row, 'vestiging_id');
    if (id !== null && !folded.has(foldId(id))) folded.set(foldId(id), { id, line: row.line });
    const name = t.text(row, 'naam');
    const validity = checks.period(t, row);
    const point = coordinates(t, row);
    if (id === null || name === null || !validity || !point) {
      reject(id, row.line);
      continue;
    }
    const organisationId = checks.organisationRef(t, row, validity, organisations);
    const code = checks.municipalityCode(t, row, validity);
    if (organisationId === null || code === null) {
      reject(id, row.line);
      continue;
    }
    const version = boundaryVersionForQuarter(checks.geo, validity.from);
    const shapes = shapesOf?.(version.id);
    if (shapes) {
      // Against the municipality the code stands for in that version (a retired code through the lineage).
      const codes = checks.resolver.resolve(code, validity.from).map((r) => r.code);
      const candidates = codes.map((c) => shapes.get(c)).filter((shape) => shape !== undefined);
      if (candidates.length && !candidates.some((shape) => locationInMunicipality(shape, point.lon, point.lat))) {
        t.report('location-outside-municipality', row.line, 'lon,lat', `${t.cell(row, 'lon')} ${t.cell(row, 'lat')}`, {
          code: codes.join(', '),
          name: codes.map((c) => checks.municipalityName(c, checks.versionIndex(validity.from))).join(', '),
          version: version.id,
          quarter: quarterKey(validity.from),
        });
        reject(id, row.line);
        continue;
      }
    }
    locations.push({ id, organisationId, name, municipalityCode: code, ...point, ...validity });
    lines.push(row.line);
  }
  const index = { file: table?.file ?? 'vestigingen.csv', rejected, folded, unreadable: isUnreadable(table) };
  if (!table) return { locations, index };
  const kept = withoutOverlaps(table, locations, lines, (l) => l.id, 'vestiging_id', 'duplicate-id', 'duplicate-id.location')[0];
  // An id kept in some period is not "rejected": a status outside its periods says so itself.
  for (const location of kept) rejected.delete(location.id);
  return { locations: kept, index };
}
