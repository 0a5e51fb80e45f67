/**
 * The library dataset: up to seven files (docs/data.md) → a validated Dataset,
 * and the list of problems. Pure (no fs, no DOM): the data build, the browser's
 * worker and the tests run the same code.
 *
 * The pass, top to bottom:
 *   metadata.json (optional) → each CSV read with typed cells (CsvTable)
 *   → per-file rules (ids, periods, allowed values, coordinates)
 *   → cross-file rules (references exist and fit in time, municipality codes
 *     or names exist when the row starts, locations lie inside their
 *     municipality, no overlapping periods of the same thing)
 *   → metadata completed with defaults derived from the rows
 *
 * A row with an error is left out and every row that depends on it is
 * reported too, so `withoutErrorRows` is a consistent dataset the user may
 * choose to accept; `dataset` is only given when there is no error at all.
 */
import type { Feature, MultiPolygon, Polygon } from 'geojson';
import { boundaryVersionForQuarter } from '../domain/boundaries';
import { CsvTable, type CsvRow } from './csvTable';
import { dataProblem } from './dataProblem';
import { createCodeResolver } from './lineage';
import { locationInMunicipality } from './locationInMunicipality';
import { createMunicipalityNames } from './municipalityNames';
import { normaliseMunicipalityCode } from './municipalitySearch';
import { parseQuarterText, periodsOverlap, quarterKey, quarterOfDate, type Period, type Quarter } from '../domain/quarter';
import {
  IDO_STATUSES,
  PROGRAMMES,
  SEK_VARIANTS,
  type DataProblem,
  type Dataset,
  type DatasetMeta,
  type GeoIndex,
  type IdoStatusChange,
  type LibraryLocation,
  type Organisation,
  type Programme,
  type SekParticipation,
  type ServiceArea,
  type TaxPartnership,
} from '../domain/types';

export const DATASET_FILES = ['metadata.json', 'organisaties.csv', 'werkgebieden.csv', 'vestigingen.csv', 'ido.csv', 'sek.csv', 'belastingdienst.csv'] as const;
export type DatasetFileName = (typeof DATASET_FILES)[number];
export type DatasetCsvName = Exclude<DatasetFileName, 'metadata.json'>;

/** Without these a dataset says nothing: every other file refers to organisations and their werkgebieden. */
export const REQUIRED_FILES: readonly DatasetFileName[] = ['organisaties.csv', 'werkgebieden.csv'];

/** The file of each programme; a programme whose file is absent is "no data" on the map. */
export const PROGRAMME_FILES: Record<Programme, DatasetCsvName> = { ido: 'ido.csv', sek: 'sek.csv', belastingdienst: 'belastingdienst.csv' };

/** WGS84 bounding box of the Netherlands (land and coastal waters), for a first sanity check of points. */
export const NETHERLANDS_BOUNDS = { lonMin: 3.2, lonMax: 7.3, latMin: 50.7, latMax: 53.7 } as const;

const col = (name: string, required = true) => ({ name, required });
/** The columns of each CSV file, in template order; optional columns may be left out of the header. */
export const DATASET_COLUMNS: Record<DatasetCsvName, readonly { name: string; required: boolean }[]> = {
  'organisaties.csv': [col('organisatie_id'), col('naam'), col('vanaf'), col('tot', false), col('opvolger_id', false)],
  'werkgebieden.csv': [col('organisatie_id'), col('gemeente_code'), col('vanaf'), col('tot', false)],
  'vestigingen.csv': [col('vestiging_id'), col('organisatie_id'), col('naam'), col('gemeente_code'), col('lon'), col('lat'), col('vanaf'), col('tot', false)],
  'ido.csv': [col('vestiging_id'), col('status'), col('vanaf')],
  'sek.csv': [col('gemeente_code'), col('organisatie_id'), col('variant'), col('vanaf'), col('tot', false)],
  'belastingdienst.csv': [col('organisatie_id'), col('vanaf'), col('tot', false)],
};

/** Municipality shapes of one boundary version, by CBS code. */
export type MunicipalityShapes = ReadonlyMap<string, Feature<Polygon | MultiPolygon>>;

export interface ParseOptions {
  /** The user's own name of each file, used in messages (`Organisaties (2).csv`). */
  names?: Partial<Record<DatasetFileName, string>>;
  /** Shapes per boundary version id, to check that each location lies inside its municipality; a version not given is not checked. */
  shapes?: (versionId: string) => MunicipalityShapes | undefined;
  /** Called now and then with the data rows validated so far and the total. */
  onProgress?: (done: number, total: number) => void;
}

export interface ParseResult {
  /** The dataset when there is no error; null otherwise. */
  dataset: Dataset | null;
  /** The dataset with every row that has an error left out; null when a file-level error (a missing file or column, bad metadata) leaves nothing sound. */
  withoutErrorRows: Dataset | null;
  /** Data rows with an error (left out of withoutErrorRows). */
  rowsLeftOut: number;
  problems: DataProblem[];
}

/** Problems that concern a whole file: no dataset can be offered while one is open. */
const FILE_LEVEL_KINDS = new Set(['missing-file', 'missing-column', 'bad-metadata', 'not-text', 'empty-file', 'no-rows', 'duplicate-file']);

/** The boundary versions whose shapes the location check needs (those of each location row's first quarter). */
export function boundaryVersionsForLocations(text: string | undefined, geo: GeoIndex): string[] {
  if (text === undefined) return [];
  const table = new CsvTable('vestigingen.csv', text, DATASET_COLUMNS['vestigingen.csv'], []);
  const versions = new Set<string>();
  for (const row of table.rows) {
    const from = parseQuarterText(table.cell(row, 'vanaf'));
    if (from !== null) versions.add(boundaryVersionForQuarter(geo, from).id);
  }
  return [...versions].sort();
}

export function parseDataset(files: Partial<Record<string, string>>, geo: GeoIndex, options: ParseOptions = {}): ParseResult {
  const problems: DataProblem[] = [];
  const nameOf = (file: DatasetFileName) => options.names?.[file] ?? file;
  for (const name of REQUIRED_FILES) {
    if (files[name] === undefined) problems.push(dataProblem({ kind: 'missing-file', file: name, params: { file: name } }));
  }
  if (problems.length) return { dataset: null, withoutErrorRows: null, rowsLeftOut: 0, problems };

  const metadata = files['metadata.json'] === undefined ? null : readMetadataJson(files['metadata.json'], nameOf('metadata.json'), problems);
  if (files['metadata.json'] === undefined) problems.push(dataProblem({ kind: 'metadata-defaults', file: 'metadata.json', severity: 'info' }));

  const resolver = createCodeResolver(geo);
  const names = createMunicipalityNames(geo);
  const versionIndex = (quarter: Quarter) => geo.versions.indexOf(boundaryVersionForQuarter(geo, quarter));
  const lastVersion = geo.versions.length - 1;
  const municipalityName = (code: string, version: number) => geo.versions[version]?.municipalities.find((m) => m.code === code)?.name ?? code;

  const tables = new Map<DatasetCsvName, CsvTable>();
  for (const name of Object.keys(DATASET_COLUMNS) as DatasetCsvName[]) {
    const text = files[name];
    if (text === undefined) continue;
    const table = new CsvTable(nameOf(name), text, DATASET_COLUMNS[name], problems);
    tables.set(name, table);
    if (table.ok && table.rows.length === 0 && REQUIRED_FILES.includes(name)) table.report('no-rows', null, null, null);
  }
  for (const programme of PROGRAMMES) {
    const file = PROGRAMME_FILES[programme];
    if (!tables.has(file)) problems.push(dataProblem({ kind: 'programme-file-missing', file, severity: 'info', params: { file } }));
  }
  if (files['ido.csv'] !== undefined && files['vestigingen.csv'] === undefined) problems.push(dataProblem({ kind: 'missing-file', file: 'vestigingen.csv', params: { file: 'vestigingen.csv' } }));
  const rowsOf = (name: DatasetCsvName): CsvRow[] => (tables.get(name)?.ok ? tables.get(name)!.rows : []);

  // Progress: every data row counts once.
  const total = [...tables.values()].reduce((sum, t) => sum + (t.ok ? t.rows.length : 0), 0);
  let done = 0;
  const tick = () => {
    done++;
    if (options.onProgress && (done % 2000 === 0 || done === total)) options.onProgress(done, total);
  };

  // The quarters the rows name, for metadata defaults.
  let earliest: Quarter | null = null;
  let latest: Quarter | null = null;
  const seen = (quarter: Quarter) => {
    earliest = earliest === null ? quarter : Math.min(earliest, quarter);
    latest = latest === null ? quarter : Math.max(latest, quarter);
  };

  /** Reads vanaf/tot and checks that tot comes after vanaf. */
  const period = (t: CsvTable, row: CsvRow): Period | null => {
    const from = t.quarter(row, 'vanaf');
    const to = t.optionalQuarter(row, 'tot');
    if (from === null || to === undefined) return null;
    if (to !== null && to <= from) {
      t.report('period-order', row.line, 'tot', t.cell(row, 'tot'), { from: quarterKey(from), to: quarterKey(to) });
      return null;
    }
    seen(from);
    if (to !== null) seen(to - 1);
    return { from, to };
  };

  /**
   * A CBS code in any usual form, or a name. It must be a municipality when
   * the row starts; if it stops existing during the row, the lineage carries
   * the row on, and the user is told.
   */
  const municipalityCode = (t: CsvTable, row: CsvRow, validity: Period): string | null => {
    const raw = t.text(row, 'gemeente_code');
    if (raw === null) return null;
    const atStart = versionIndex(validity.from);
    let code = normaliseMunicipalityCode(raw);
    if (code === null) {
      const match = names.find(raw, atStart);
      if (match.kind === 'ambiguous') {
        const candidates = match.candidates.map((m) => `${m.name} (${m.code})`).join(', ');
        t.report('ambiguous-municipality', row.line, 'gemeente_code', raw, { candidates });
        return null;
      }
      if (match.kind === 'none') {
        t.report('unknown-municipality', row.line, 'gemeente_code', raw);
        return null;
      }
      code = match.code;
      if (match.kind === 'one') t.report('municipality-by-name', row.line, 'gemeente_code', raw, { code }, { severity: 'info' });
    }
    const first = resolver.firstVersionOf(code);
    if (first === null) {
      t.report('unknown-municipality', row.line, 'gemeente_code', raw);
      return null;
    }
    if (first > atStart) {
      t.report('municipality-not-yet', row.line, 'gemeente_code', raw, { quarter: quarterKey(validity.from), code, date: geo.versions[first]!.validFrom });
      return null;
    }
    const last = resolver.lastVersionOf(code)!;
    const endVersion = validity.to === null ? lastVersion : versionIndex(validity.to - 1);
    if (last < endVersion) {
      const successors = resolver.resolve(code, quarterInVersion(geo, endVersion)).map((s) => `${municipalityName(s.code, endVersion)} (${s.code})`);
      t.report('municipality-mapped', row.line, 'gemeente_code', raw, { code, name: municipalityName(code, last), date: geo.versions[last + 1]!.validFrom, to: successors.join(', ') }, { severity: 'info' });
    }
    return code;
  };

  // --- organisaties.csv
  const organisations: Organisation[] = [];
  const orgTable = tables.get('organisaties.csv')!;
  const organisationsById = new Map<string, Organisation>();
  const organisationLines = new Map<string, number>();
  for (const row of rowsOf('organisaties.csv')) {
    tick();
    const id = orgTable.text(row, 'organisatie_id');
    const name = orgTable.text(row, 'naam');
    const validity = period(orgTable, row);
    if (id === null || name === null || !validity) continue;
    if (organisationsById.has(id)) {
      orgTable.report('duplicate-id', row.line, 'organisatie_id', id, { id, line: organisationLines.get(id)! });
      continue;
    }
    const organisation = { id, name, ...validity, successorId: orgTable.optionalText(row, 'opvolger_id') };
    organisations.push(organisation);
    organisationsById.set(id, organisation);
    organisationLines.set(id, row.line);
  }
  for (const organisation of organisations) {
    if (organisation.successorId && !organisationsById.has(organisation.successorId)) {
      // A successor that is not there is reported, but does not keep the organisation out.
      orgTable.report('unknown-organisation', organisationLines.get(organisation.id)!, 'opvolger_id', organisation.successorId, {}, { severity: 'warning' });
      organisation.successorId = null;
    }
  }

  /** The organisation must exist and exist for the whole period. */
  const organisationRef = (t: CsvTable, row: CsvRow, validity: Period): string | null => {
    const id = t.text(row, 'organisatie_id');
    if (id === null) return null;
    const organisation = organisationsById.get(id);
    if (!organisation) {
      t.report('unknown-organisation', row.line, 'organisatie_id', id);
      return null;
    }
    if (!within(validity, organisation)) {
      t.report('outside-period', row.line, 'vanaf', periodText(validity), { period: periodText(organisation), id }, { message: 'outside-period.organisation' });
      return null;
    }
    return id;
  };

  // --- werkgebieden.csv
  const areaTable = tables.get('werkgebieden.csv')!;
  let serviceAreas: ServiceArea[] = [];
  let areaLines: number[] = [];
  for (const row of rowsOf('werkgebieden.csv')) {
    tick();
    const validity = period(areaTable, row);
    if (!validity) continue;
    const organisationId = organisationRef(areaTable, row, validity);
    const code = municipalityCode(areaTable, row, validity);
    if (organisationId === null || code === null) continue;
    serviceAreas.push({ organisationId, municipalityCode: code, ...validity });
    areaLines.push(row.line);
  }
  [serviceAreas, areaLines] = withoutOverlaps(areaTable, serviceAreas, areaLines, (a) => `${a.organisationId} ${a.municipalityCode}`, 'organisatie_id + gemeente_code');

  // --- vestigingen.csv
  const locationTable = tables.get('vestigingen.csv');
  let locations: LibraryLocation[] = [];
  let locationLines: number[] = [];
  for (const row of rowsOf('vestigingen.csv')) {
    tick();
    const t = locationTable!;
    const id = t.text(row, 'vestiging_id');
    const name = t.text(row, 'naam');
    const validity = period(t, row);
    const point = coordinates(t, row);
    if (id === null || name === null || !validity || !point) continue;
    const organisationId = organisationRef(t, row, validity);
    const code = municipalityCode(t, row, validity);
    if (organisationId === null || code === null) continue;
    const version = boundaryVersionForQuarter(geo, validity.from);
    const shapes = options.shapes?.(version.id);
    if (shapes) {
      // Against the municipality the code stands for in that version (a retired code through the lineage).
      const codes = resolver.resolve(code, validity.from).map((r) => r.code);
      const candidates = codes.map((c) => shapes.get(c)).filter((shape) => shape !== undefined);
      if (candidates.length && !candidates.some((shape) => locationInMunicipality(shape, point.lon, point.lat))) {
        t.report('location-outside-municipality', row.line, 'lon,lat', `${t.cell(row, 'lon')} ${t.cell(row, 'lat')}`, {
          code: codes.join(', '),
          name: codes.map((c) => municipalityName(c, versionIndex(validity.from))).join(', '),
          version: version.id,
          quarter: quarterKey(validity.from),
        });
        continue;
      }
    }
    locations.push({ id, organisationId, name, municipalityCode: code, ...point, ...validity });
    locationLines.push(row.line);
  }
  if (locationTable) [locations, locationLines] = withoutOverlaps(locationTable, locations, locationLines, (l) => l.id, 'vestiging_id', 'duplicate-id', 'duplicate-id.location');
  const locationPeriods = new Map<string, Period[]>();
  for (const location of locations) {
    const periods = locationPeriods.get(location.id);
    if (periods) periods.push(location);
    else locationPeriods.set(location.id, [location]);
  }

  // --- ido.csv
  const idoStatusChanges: IdoStatusChange[] = [];
  const idoTable = tables.get('ido.csv');
  const statusLines = new Map<string, number>();
  for (const row of rowsOf('ido.csv')) {
    tick();
    const t = idoTable!;
    const locationId = t.text(row, 'vestiging_id');
    const status = t.oneOf(row, 'status', IDO_STATUSES, 'bad-status');
    const from = t.quarter(row, 'vanaf');
    if (locationId === null || status === null || from === null) continue;
    seen(from);
    const periods = locationPeriods.get(locationId);
    if (!periods) {
      t.report('unknown-location', row.line, 'vestiging_id', locationId);
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
    idoStatusChanges.push({ locationId, status, from });
  }

  // --- sek.csv
  const sekTable = tables.get('sek.csv');
  let sekParticipations: SekParticipation[] = [];
  let sekLines: number[] = [];
  for (const row of rowsOf('sek.csv')) {
    tick();
    const t = sekTable!;
    const validity = period(t, row);
    const variant = t.oneOf(row, 'variant', SEK_VARIANTS, 'bad-variant');
    if (!validity || variant === null) continue;
    const organisationId = organisationRef(t, row, validity);
    const code = municipalityCode(t, row, validity);
    if (organisationId === null || code === null) continue;
    sekParticipations.push({ municipalityCode: code, organisationId, variant, ...validity });
    sekLines.push(row.line);
  }
  if (sekTable) [sekParticipations, sekLines] = withoutOverlaps(sekTable, sekParticipations, sekLines, (p) => `${p.municipalityCode} ${p.organisationId}`, 'gemeente_code + organisatie_id');

  // --- belastingdienst.csv
  const taxTable = tables.get('belastingdienst.csv');
  let taxPartnerships: TaxPartnership[] = [];
  let taxLines: number[] = [];
  for (const row of rowsOf('belastingdienst.csv')) {
    tick();
    const t = taxTable!;
    const validity = period(t, row);
    if (!validity) continue;
    const organisationId = organisationRef(t, row, validity);
    if (organisationId === null) continue;
    taxPartnerships.push({ organisationId, ...validity });
    taxLines.push(row.line);
  }
  if (taxTable) [taxPartnerships, taxLines] = withoutOverlaps(taxTable, taxPartnerships, taxLines, (p) => p.organisationId, 'organisatie_id');

  // --- metadata: what metadata.json gives, the rest derived from the rows.
  const programmeStart = (programme: Programme, rows: readonly { from: Quarter }[]): Quarter | null =>
    tables.has(PROGRAMME_FILES[programme]) && rows.length ? rows.reduce((min, r) => Math.min(min, r.from), Infinity) : null;
  const metaOk = files['metadata.json'] === undefined || metadata !== null;
  const finalMeta = metaOk
    ? completeMetadata(metadata ?? {}, geo, earliest, latest, {
        ido: programmeStart('ido', idoStatusChanges),
        sek: programmeStart('sek', sekParticipations),
        belastingdienst: programmeStart('belastingdienst', taxPartnerships),
      }, (programme) => tables.has(PROGRAMME_FILES[programme]))
    : null;

  const errors = problems.filter((p) => p.severity === 'error');
  const fileLevel = errors.some((p) => FILE_LEVEL_KINDS.has(p.kind));
  const rowsLeftOut = new Set(errors.filter((p) => p.row !== null).map((p) => `${p.file}\n${p.row}`)).size;
  const built: Dataset | null =
    finalMeta && !fileLevel && organisations.length > 0 && serviceAreas.length > 0
      ? { meta: finalMeta, organisations, serviceAreas, locations, idoStatusChanges, sekParticipations, taxPartnerships }
      : null;
  return { dataset: errors.length ? null : built, withoutErrorRows: built, rowsLeftOut, problems };
}

/** The first quarter drawn on a boundary version (whose first day is on or after the version's start). */
function quarterInVersion(geo: GeoIndex, version: number): Quarter {
  const validFrom = geo.versions[version]!.validFrom;
  const quarter = quarterOfDate(validFrom)!;
  return validFrom.endsWith('-01-01') || validFrom.endsWith('-04-01') || validFrom.endsWith('-07-01') || validFrom.endsWith('-10-01') ? quarter : quarter + 1;
}

/** lon/lat inside the Netherlands, with a hint when the two are swapped. */
function coordinates(t: CsvTable, row: CsvRow): { lon: number; lat: number } | null {
  const lon = t.number(row, 'lon');
  const lat = t.number(row, 'lat');
  if (lon === null || lat === null) return null;
  const b = NETHERLANDS_BOUNDS;
  const lonOk = lon >= b.lonMin && lon <= b.lonMax;
  const latOk = lat >= b.latMin && lat <= b.latMax;
  if (lonOk && latOk) return { lon, lat };
  const swapped = lat >= b.lonMin && lat <= b.lonMax && lon >= b.latMin && lon <= b.latMax;
  const value = `${t.cell(row, 'lon')} ${t.cell(row, 'lat')}`;
  if (swapped) t.report('outside-netherlands', row.line, 'lon,lat', value, {}, { message: 'outside-netherlands.swapped' });
  else t.report('outside-netherlands', row.line, lonOk ? 'lat' : 'lon', lonOk ? t.cell(row, 'lat') : t.cell(row, 'lon'), lonOk ? { min: b.latMin, max: b.latMax } : { min: b.lonMin, max: b.lonMax }, { message: lonOk ? 'outside-netherlands.lat' : 'outside-netherlands.lon' });
  return null;
}

function within(inner: Period, outer: Period): boolean {
  if (inner.from < outer.from) return false;
  if (outer.to === null) return true;
  return inner.to !== null && inner.to <= outer.to;
}

function periodText(period: Period): string {
  return `${quarterKey(period.from)}–${period.to === null ? '' : quarterKey(period.to - 1)}`;
}

/** Rows with the same key may not share a quarter: each later overlapping row is reported and left out. */
function withoutOverlaps<T extends Period>(t: CsvTable, items: T[], lines: number[], key: (item: T) => string, what: string, kind = 'overlapping-period', message = kind): [T[], number[]] {
  const groups = new Map<string, number[]>();
  items.forEach((item, i) => {
    const k = key(item);
    const group = groups.get(k);
    if (group) group.push(i);
    else groups.set(k, [i]);
  });
  const dropped = new Set<number>();
  for (const [name, indexes] of groups) {
    if (indexes.length < 2) continue;
    indexes.sort((a, b) => items[a]!.from - items[b]!.from || lines[a]! - lines[b]!);
    let kept = indexes[0]!;
    for (let k = 1; k < indexes.length; k++) {
      const current = indexes[k]!;
      if (periodsOverlap(items[kept]!, items[current]!)) {
        t.report(kind, lines[current]!, 'vanaf', quarterKey(items[current]!.from), { what, key: name, line: lines[kept]!, period: periodText(items[kept]!), id: name }, { message });
        dropped.add(current);
      } else kept = current;
    }
  }
  if (!dropped.size) return [items, lines];
  return [items.filter((_, i) => !dropped.has(i)), lines.filter((_, i) => !dropped.has(i))];
}

/** What metadata.json says, each key optional; null when it is not a valid JSON object or a value is wrong. */
interface MetadataInput {
  name?: string;
  source?: string;
  isExample?: boolean;
  firstQuarter?: Quarter;
  lastQuarter?: Quarter;
  registrationStart?: Partial<Record<Programme, Quarter>>;
}

function readMetadataJson(text: string, file: string, problems: DataProblem[]): MetadataInput | null {
  let ok = true;
  const fail = (column: string | null, value: string | null, message: string, params: Record<string, string> = {}) => {
    problems.push(dataProblem({ kind: 'bad-metadata', file, column, value, message: `bad-metadata.${message}`, params }));
    ok = false;
    return undefined;
  };
  let json: unknown;
  try {
    json = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (error) {
    fail(null, null, 'json', { detail: (error as Error).message });
    return null;
  }
  if (typeof json !== 'object' || json === null || Array.isArray(json)) {
    fail(null, null, 'object');
    return null;
  }
  const object = json as Record<string, unknown>;
  const textValue = (key: string) => {
    const value = object[key];
    if (value === undefined) return undefined;
    return typeof value === 'string' && value.trim() ? value.trim() : fail(key, String(value), 'text');
  };
  const quarterValue = (key: string, value: unknown) => {
    if (value === undefined) return undefined;
    const parsed = typeof value === 'string' ? parseQuarterText(value) : null;
    return parsed ?? fail(key, String(value), 'quarter');
  };
  const result: MetadataInput = {
    name: textValue('naam'),
    source: textValue('bron'),
    firstQuarter: quarterValue('eerste_kwartaal', object['eerste_kwartaal']),
    lastQuarter: quarterValue('laatste_kwartaal', object['laatste_kwartaal']),
  };
  if (object['voorbeeld'] !== undefined) {
    if (typeof object['voorbeeld'] === 'boolean') result.isExample = object['voorbeeld'];
    else fail('voorbeeld', String(object['voorbeeld']), 'boolean');
  }
  if (result.firstQuarter !== undefined && result.lastQuarter !== undefined && result.lastQuarter < result.firstQuarter) {
    fail('laatste_kwartaal', String(object['laatste_kwartaal']), 'order', { first: quarterKey(result.firstQuarter) });
  }
  const starts = object['registratie_vanaf'];
  if (starts !== undefined) {
    if (typeof starts !== 'object' || starts === null || Array.isArray(starts)) fail('registratie_vanaf', JSON.stringify(starts), 'starts');
    else {
      result.registrationStart = {};
      for (const programme of PROGRAMMES) {
        const quarter = quarterValue(`registratie_vanaf.${programme}`, (starts as Record<string, unknown>)[programme]);
        if (quarter !== undefined) result.registrationStart[programme] = quarter;
      }
    }
  }
  return ok ? result : null;
}

/**
 * Defaults for what metadata.json leaves out: no name or source (the app
 * says "own data"), not an example, the quarters from the rows (from the
 * first boundary version's year at the earliest, to the newest version's year
 * at the latest or beyond), and each programme registered from its first
 * row. A programme without its file is never registered: "no data".
 */
function completeMetadata(
  input: MetadataInput,
  geo: GeoIndex,
  earliest: Quarter | null,
  latest: Quarter | null,
  firstRows: Record<Programme, Quarter | null>,
  hasFile: (programme: Programme) => boolean,
): DatasetMeta {
  const boundaryFirst = quarterOfDate(geo.versions[0]!.validFrom)!;
  const newestYearEnd = Math.floor(quarterOfDate(geo.versions.at(-1)!.validFrom)! / 4) * 4 + 3;
  const firstQuarter = input.firstQuarter ?? Math.max(earliest ?? boundaryFirst, boundaryFirst);
  const lastQuarter = Math.max(input.lastQuarter ?? Math.max(latest ?? newestYearEnd, newestYearEnd), firstQuarter);
  const never = lastQuarter + 1;
  const registrationStart = Object.fromEntries(
    PROGRAMMES.map((p) => [p, !hasFile(p) ? never : (input.registrationStart?.[p] ?? firstRows[p] ?? never)]),
  ) as Record<Programme, Quarter>;
  return { name: input.name ?? '', source: input.source ?? '', isExample: input.isExample ?? false, firstQuarter, lastQuarter, registrationStart };
}
