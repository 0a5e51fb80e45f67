/**
 * vestigingen.csv → library locations: a point in the Netherlands that lies
 * inside its municipality (by the boundaries of the row's first quarter, when
 * those shapes are given), an organisation that exists for the period, and
 * one id in several rows only when their periods do not overlap.
 */
import type { LibraryLocation } from '../../domain/types';
import { boundaryVersionForQuarter } from '../boundaries';
import type { CsvTable } from '../csvTable';
import type { MunicipalityShapes } from '../datasetSchema';
import { locationInMunicipality } from '../locationInMunicipality';
import { coordinates, withoutOverlaps, type OrganisationIndex } from '../rowChecks';
import { quarterKey } from '../../domain/quarter';
import { rowsOf, type ReaderContext } from './readerContext';

export function readLocations(
  table: CsvTable | undefined,
  { checks, tick }: ReaderContext,
  organisations: OrganisationIndex,
  shapesOf?: (versionId: string) => MunicipalityShapes | undefined,
): LibraryLocation[] {
  const locations: LibraryLocation[] = [];
  const lines: number[] = [];
  for (const row of rowsOf(table)) {
    tick();
    const t = table!;
    const id = t.text(row, 'vestiging_id');
    const name = t.text(row, 'naam');
    const validity = checks.period(t, row);
    const point = coordinates(t, row);
    if (id === null || name === null || !validity || !point) continue;
    const organisationId = checks.organisationRef(t, row, validity, organisations);
    const code = checks.municipalityCode(t, row, validity);
    if (organisationId === null || code === null) continue;
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
        continue;
      }
    }
    locations.push({ id, organisationId, name, municipalityCode: code, ...point, ...validity });
    lines.push(row.line);
  }
  if (!table) return locations;
  return withoutOverlaps(table, locations, lines, (l) => l.id, 'vestiging_id', 'duplicate-id', 'duplicate-id.location')[0];
}
