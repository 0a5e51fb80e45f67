/**
 * The library dataset: seven files (docs/data.md) → a validated Dataset, or
 * the list of problems. Pure (no fs, no DOM): the data build, the browser and
 * the tests run the same code.
 *
 * The pass, top to bottom:
 *   metadata.json → each CSV read with typed cells (CsvTable)
 *   → per-file rules (ids, periods, allowed values, coordinates)
 *   → cross-file rules (references exist and fit in time, municipality codes
 *     exist when the row starts, no overlapping periods of the same thing)
 */
import { boundaryVersionForQuarter } from './boundaries';
import { CsvTable } from './csvTable';
import { createCodeResolver } from './lineage';
import { parseQuarterKey, periodsOverlap, quarterKey, type Period, type Quarter } from '../domain/quarter';
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
  type SekParticipation,
  type ServiceArea,
  type TaxPartnership,
} from '../domain/types';

export const DATASET_FILES = ['metadata.json', 'organisaties.csv', 'werkgebieden.csv', 'vestigingen.csv', 'ido.csv', 'sek.csv', 'belastingdienst.csv'] as const;
export type DatasetFileName = (typeof DATASET_FILES)[number];

/** WGS84 bounding box of the Netherlands (land and coastal waters), for a first sanity check of points. */
export const NETHERLANDS_BOUNDS = { lonMin: 3.2, lonMax: 7.3, latMin: 50.7, latMax: 53.7 } as const;

const col = (name: string, required = true) => ({ name, required });
const COLUMNS = {
  'organisaties.csv': [col('organisatie_id'), col('naam'), col('vanaf'), col('tot'), col('opvolger_id')],
  'werkgebieden.csv': [col('organisatie_id'), col('gemeente_code'), col('vanaf'), col('tot')],
  'vestigingen.csv': [col('vestiging_id'), col('organisatie_id'), col('naam'), col('gemeente_code'), col('lon'), col('lat'), col('vanaf'), col('tot')],
  'ido.csv': [col('vestiging_id'), col('status'), col('vanaf')],
  'sek.csv': [col('gemeente_code'), col('organisatie_id'), col('variant'), col('vanaf'), col('tot')],
  'belastingdienst.csv': [col('organisatie_id'), col('vanaf'), col('tot')],
} as const;

export interface ParseResult {
  dataset: Dataset | null;
  problems: DataProblem[];
}

export function parseDataset(files: Partial<Record<string, string>>, geo: GeoIndex): ParseResult {
  const problems: DataProblem[] = [];
  const fileProblem = (file: string, kind: string, expected: string) => problems.push({ kind, file, row: null, column: null, value: null, expected, severity: 'error' });
  for (const name of DATASET_FILES) if (files[name] === undefined) fileProblem(name, 'missing-file', `the file ${name} (see docs/data.md)`);
  if (problems.length) return { dataset: null, problems };

  const meta = parseMetadata(files['metadata.json']!, problems);
  const resolver = createCodeResolver(geo);
  const versionIndex = (quarter: Quarter) => geo.versions.indexOf(boundaryVersionForQuarter(geo, quarter));

  const table = (name: keyof typeof COLUMNS) => new CsvTable(name, files[name]!, COLUMNS[name], problems);

  /** Reads vanaf/tot and checks that tot comes after vanaf. */
  const period = (t: CsvTable, row: CsvTable['rows'][number]): Period | null => {
    const from = t.quarter(row, 'vanaf');
    const to = t.optionalQuarter(row, 'tot');
    if (from === null || to === undefined) return null;
    if (to !== null && to <= from) {
      t.report('period-order', row.line, 'tot', quarterKey(to), `a quarter after vanaf (${quarterKey(from)}), or empty`);
      return null;
    }
    return { from, to };
  };

  /** The code must be a municipality when the row starts (a later herindeling is followed through the lineage). */
  const municipalityCode = (t: CsvTable, row: CsvTable['rows'][number], from: Quarter): string | null => {
    const code = t.text(row, 'gemeente_code');
    if (code === null) return null;
    const first = resolver.firstVersionOf(code);
    if (first === null) {
      t.report('unknown-municipality', row.line, 'gemeente_code', code, 'a CBS municipality code (GMxxxx) of one of the boundary versions 2019–2023');
      return null;
    }
    const atStart = versionIndex(from);
    if (first > atStart) {
      t.report(
        'municipality-not-yet',
        row.line,
        'gemeente_code',
        code,
        `a municipality that existed in ${quarterKey(from)} (${code} exists from ${geo.versions[first]!.validFrom}); use the codes of before the herindeling`,
      );
      return null;
    }
    return code;
  };

  // --- organisaties.csv
  const organisations: Organisation[] = [];
  const orgTable = table('organisaties.csv');
  for (const row of orgTable.rows) {
    const id = orgTable.text(row, 'organisatie_id');
    const name = orgTable.text(row, 'naam');
    const validity = period(orgTable, row);
    if (id === null || name === null || !validity) continue;
    if (organisations.some((o) => o.id === id)) {
      orgTable.report('duplicate-id', row.line, 'organisatie_id', id, 'a unique organisatie_id (each organisation once)');
      continue;
    }
    organisations.push({ id, name, ...validity, successorId: orgTable.optionalText(row, 'opvolger_id') });
  }
  const organisationsById = new Map(organisations.map((o) => [o.id, o]));
  organisations.forEach((organisation) => {
    if (organisation.successorId && !organisationsById.has(organisation.successorId)) {
      const line = orgTable.rows.find((r) => r.cells.get('organisatie_id') === organisation.id)?.line ?? null;
      orgTable.report('unknown-organisation', line, 'opvolger_id', organisation.successorId, 'the organisatie_id of an organisation in organisaties.csv');
    }
  });

  /** The organisation must exist and exist for the whole period. */
  const organisationRef = (t: CsvTable, row: CsvTable['rows'][number], validity: Period): string | null => {
    const id = t.text(row, 'organisatie_id');
    if (id === null) return null;
    const organisation = organisationsById.get(id);
    if (!organisation) {
      t.report('unknown-organisation', row.line, 'organisatie_id', id, 'the organisatie_id of an organisation in organisaties.csv');
      return null;
    }
    if (!within(validity, organisation)) {
      t.report('outside-period', row.line, 'vanaf', periodText(validity), `a period within the organisation's own (${periodText(organisation)})`);
      return null;
    }
    return id;
  };

  // --- werkgebieden.csv
  const serviceAreas: ServiceArea[] = [];
  const areaTable = table('werkgebieden.csv');
  const areaLines: number[] = [];
  for (const row of areaTable.rows) {
    const validity = period(areaTable, row);
    if (!validity) continue;
    const organisationId = organisationRef(areaTable, row, validity);
    const code = municipalityCode(areaTable, row, validity.from);
    if (organisationId === null || code === null) continue;
    serviceAreas.push({ organisationId, municipalityCode: code, ...validity });
    areaLines.push(row.line);
  }
  checkOverlaps(areaTable, serviceAreas, areaLines, (a) => `${a.organisationId} ${a.municipalityCode}`, 'organisatie_id + gemeente_code');

  // --- vestigingen.csv
  const locations: LibraryLocation[] = [];
  const locationTable = table('vestigingen.csv');
  const locationLines: number[] = [];
  for (const row of locationTable.rows) {
    const id = locationTable.text(row, 'vestiging_id');
    const name = locationTable.text(row, 'naam');
    const validity = period(locationTable, row);
    const lon = locationTable.number(row, 'lon', NETHERLANDS_BOUNDS.lonMin, NETHERLANDS_BOUNDS.lonMax, 'longitude');
    const lat = locationTable.number(row, 'lat', NETHERLANDS_BOUNDS.latMin, NETHERLANDS_BOUNDS.latMax, 'latitude');
    if (id === null || name === null || !validity || lon === null || lat === null) continue;
    const organisationId = organisationRef(locationTable, row, validity);
    const code = municipalityCode(locationTable, row, validity.from);
    if (organisationId === null || code === null) continue;
    locations.push({ id, organisationId, name, municipalityCode: code, lon, lat, ...validity });
    locationLines.push(row.line);
  }
  checkOverlaps(locationTable, locations, locationLines, (l) => l.id, 'vestiging_id', 'duplicate-id');
  const locationPeriods = new Map<string, Period[]>();
  for (const location of locations) locationPeriods.set(location.id, [...(locationPeriods.get(location.id) ?? []), location]);

  // --- ido.csv
  const idoStatusChanges: IdoStatusChange[] = [];
  const idoTable = table('ido.csv');
  const seenStatus = new Set<string>();
  for (const row of idoTable.rows) {
    const locationId = idoTable.text(row, 'vestiging_id');
    const status = idoTable.oneOf(row, 'status', IDO_STATUSES);
    const from = idoTable.quarter(row, 'vanaf');
    if (locationId === null || status === null || from === null) continue;
    const periods = locationPeriods.get(locationId);
    if (!periods) {
      idoTable.report('unknown-location', row.line, 'vestiging_id', locationId, 'the vestiging_id of a location in vestigingen.csv');
      continue;
    }
    if (!periods.some((p) => within({ from, to: from + 1 }, p))) {
      idoTable.report('outside-period', row.line, 'vanaf', quarterKey(from), `a quarter in which the location exists (${periods.map(periodText).join('; ')})`);
      continue;
    }
    const key = `${locationId}@${from}`;
    if (seenStatus.has(key)) {
      idoTable.report('duplicate-status', row.line, 'vanaf', quarterKey(from), `one status per location per quarter (${locationId} has another row for ${quarterKey(from)})`);
      continue;
    }
    seenStatus.add(key);
    idoStatusChanges.push({ locationId, status, from });
  }

  // --- sek.csv
  const sekParticipations: SekParticipation[] = [];
  const sekTable = table('sek.csv');
  const sekLines: number[] = [];
  for (const row of sekTable.rows) {
    const validity = period(sekTable, row);
    const variant = sekTable.oneOf(row, 'variant', SEK_VARIANTS);
    if (!validity || variant === null) continue;
    const organisationId = organisationRef(sekTable, row, validity);
    const code = municipalityCode(sekTable, row, validity.from);
    if (organisationId === null || code === null) continue;
    sekParticipations.push({ municipalityCode: code, organisationId, variant, ...validity });
    sekLines.push(row.line);
  }
  checkOverlaps(sekTable, sekParticipations, sekLines, (p) => `${p.municipalityCode} ${p.organisationId}`, 'gemeente_code + organisatie_id');

  // --- belastingdienst.csv
  const taxPartnerships: TaxPartnership[] = [];
  const taxTable = table('belastingdienst.csv');
  const taxLines: number[] = [];
  for (const row of taxTable.rows) {
    const validity = period(taxTable, row);
    if (!validity) continue;
    const organisationId = organisationRef(taxTable, row, validity);
    if (organisationId === null) continue;
    taxPartnerships.push({ organisationId, ...validity });
    taxLines.push(row.line);
  }
  checkOverlaps(taxTable, taxPartnerships, taxLines, (p) => p.organisationId, 'organisatie_id');

  const hasErrors = problems.some((p) => p.severity === 'error');
  if (hasErrors || !meta) return { dataset: null, problems };
  return { dataset: { meta, organisations, serviceAreas, locations, idoStatusChanges, sekParticipations, taxPartnerships }, problems };
}

function within(inner: Period, outer: Period): boolean {
  if (inner.from < outer.from) return false;
  if (outer.to === null) return true;
  return inner.to !== null && inner.to <= outer.to;
}

function periodText(period: Period): string {
  return `${quarterKey(period.from)} to ${period.to === null ? 'now' : `before ${quarterKey(period.to)}`}`;
}

/** Rows with the same key may not share a quarter. */
function checkOverlaps<T extends Period>(t: CsvTable, items: T[], lines: number[], key: (item: T) => string, what: string, kind = 'overlapping-period'): void {
  const groups = new Map<string, number[]>();
  items.forEach((item, i) => groups.set(key(item), [...(groups.get(key(item)) ?? []), i]));
  for (const [name, indexes] of groups) {
    const sorted = [...indexes].sort((a, b) => items[a]!.from - items[b]!.from);
    for (let k = 1; k < sorted.length; k++) {
      const before = items[sorted[k - 1]!]!;
      const after = items[sorted[k]!]!;
      if (periodsOverlap(before, after)) {
        t.report(kind, lines[sorted[k]!]!, 'vanaf', quarterKey(after.from), `periods of the same ${what} (${name}) that do not overlap; line ${lines[sorted[k - 1]!]} already covers ${periodText(before)}`);
      }
    }
  }
}

function parseMetadata(text: string, problems: DataProblem[]): DatasetMeta | null {
  const fail = (column: string | null, value: string | null, expected: string) => {
    problems.push({ kind: 'bad-metadata', file: 'metadata.json', row: null, column, value, expected, severity: 'error' });
    return null;
  };
  let json: Record<string, unknown>;
  try {
    json = JSON.parse(text.replace(/^\uFEFF/, '')) as Record<string, unknown>;
  } catch (error) {
    return fail(null, null, `valid JSON (${(error as Error).message})`);
  }
  if (typeof json !== 'object' || json === null || Array.isArray(json)) return fail(null, null, 'a JSON object');
  const text_ = (key: string) => (typeof json[key] === 'string' && (json[key] as string).trim() ? (json[key] as string) : fail(key, String(json[key] ?? ''), 'a non-empty text'));
  const quarter = (key: string, value: unknown) => {
    const parsed = typeof value === 'string' ? parseQuarterKey(value) : null;
    return parsed ?? fail(key, String(value ?? ''), 'a quarter written as YYYY-Qn');
  };
  const name = text_('naam');
  const source = text_('bron');
  if (typeof json['voorbeeld'] !== 'boolean') fail('voorbeeld', String(json['voorbeeld'] ?? ''), 'true or false');
  const firstQuarter = quarter('eerste_kwartaal', json['eerste_kwartaal']);
  const lastQuarter = quarter('laatste_kwartaal', json['laatste_kwartaal']);
  if (firstQuarter !== null && lastQuarter !== null && lastQuarter < firstQuarter) fail('laatste_kwartaal', String(json['laatste_kwartaal']), 'a quarter not before eerste_kwartaal');
  const starts = (json['registratie_vanaf'] ?? {}) as Record<string, unknown>;
  const registrationStart = Object.fromEntries(PROGRAMMES.map((p) => [p, quarter(`registratie_vanaf.${p}`, starts[p])])) as Record<(typeof PROGRAMMES)[number], Quarter | null>;
  if (name === null || source === null || typeof json['voorbeeld'] !== 'boolean' || firstQuarter === null || lastQuarter === null) return null;
  if (PROGRAMMES.some((p) => registrationStart[p] === null)) return null;
  return {
    name,
    source,
    isExample: json['voorbeeld'],
    firstQuarter,
    lastQuarter,
    registrationStart: registrationStart as Record<(typeof PROGRAMMES)[number], Quarter>,
  };
}
