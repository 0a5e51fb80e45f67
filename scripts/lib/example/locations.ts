/**
 * Library locations (vestigingen): at least one in every 2019 municipality,
 * the rest spread by population; a point inside the municipality for each.
 * A few close in 2020–2021 and some open in 2022–2023 so that the counts are
 * the published 1,247 (end 2021) and 1,270 (end 2022).
 */
import { parseQuarterKey, quarterRange, type Quarter } from '../../../src/lib/domain/quarter';
import { boundaryVersionForQuarter } from '../../../src/lib/domain/boundaries';
import { municipalityAt, randomPointIn, type Geography } from './geography';
import { organisationOfUnit, type GeneratedOrganisation } from './organisations';
import type { Random } from './random';

const q = (key: string) => parseQuarterKey(key)!;
export const FIRST_QUARTER = q('2019-Q1');
export const LAST_QUARTER = q('2023-Q4');

export interface GeneratedLocation {
  id: string;
  name: string;
  point: [number, number];
  /** Municipality code as registered when the location opened. */
  code: string;
  from: Quarter;
  to: Quarter | null;
}

export interface LocationRow {
  id: string;
  organisationId: string;
  name: string;
  code: string;
  lon: number;
  lat: number;
  from: Quarter;
  to: Quarter | null;
}

const INITIAL_LOCATIONS = 1255;
/** Closures of locations (never IDO locations) per quarter, and openings of new ones. */
const CLOSURES: [string, number][] = [['2020-Q2', 2], ['2020-Q4', 2], ['2021-Q2', 2], ['2021-Q4', 2], ['2023-Q2', 1]];
const OPENINGS: [string, number][] = [['2022-Q1', 5], ['2022-Q2', 6], ['2022-Q3', 6], ['2022-Q4', 6], ['2023-Q3', 2]];
const SUFFIXES = ['Centrum', 'Noord', 'Zuid', 'Oost', 'West', 'Noordwest', 'Zuidoost', 'Zuidwest', 'Noordoost'];

export function generateLocations(geography: Geography, random: Random): { locations: GeneratedLocation[]; neverIdo: Set<string> } {
  const first = geography.index.versions[0]!;
  const names = new Map<string, number>();
  const locations: GeneratedLocation[] = [];
  const newLocation = (code: string, versionId: string, municipalityName: string, from: Quarter) => {
    const n = names.get(code) ?? 0;
    names.set(code, n + 1);
    const base = municipalityName.replace(/ \(.*\)$/, '');
    const name = n === 0 ? `Bibliotheek ${base}` : n <= SUFFIXES.length ? `Bibliotheek ${base} ${SUFFIXES[n - 1]}` : `Bibliotheek ${base} vestiging ${n + 1}`;
    const location: GeneratedLocation = { id: `V${String(locations.length + 1).padStart(4, '0')}`, name, point: randomPointIn(geography, versionId, code, random), code, from, to: null };
    locations.push(location);
    return location;
  };

  // One per municipality, then the rest drawn by population^0.8 (big cities have many branches, not proportionally many).
  const weightOf = (code: string) => geography.unitOfCode2019.get(code)!.weight / geography.unitOfCode2019.get(code)!.codes2019.length;
  const counts = new Map(first.municipalities.map((m) => [m.code, 1]));
  for (let k = first.municipalities.length; k < INITIAL_LOCATIONS; k++) {
    const chosen = random.weightedPick(first.municipalities, (m) => weightOf(m.code) ** 0.8 / (counts.get(m.code) ?? 1) ** 0.3);
    counts.set(chosen.code, counts.get(chosen.code)! + 1);
  }
  for (const municipality of first.municipalities) {
    for (let k = 0; k < counts.get(municipality.code)!; k++) newLocation(municipality.code, first.id, municipality.name, FIRST_QUARTER);
  }

  // Closures: locations in municipalities with several branches; they never host an IDO.
  const neverIdo = new Set<string>();
  for (const [key, count] of CLOSURES) {
    for (let k = 0; k < count; k++) {
      const candidates = locations.filter((l) => l.to === null && l.from === FIRST_QUARTER && counts.get(l.code)! > 2 && !neverIdo.has(l.id));
      const closing = random.pick(candidates);
      closing.to = q(key);
      counts.set(closing.code, counts.get(closing.code)! - 1);
      neverIdo.add(closing.id);
    }
  }

  // Openings: new branches in growing municipalities, registered with the code valid when they open.
  for (const [key, count] of OPENINGS) {
    const quarter = q(key);
    const version = boundaryVersionForQuarter(geography.index, quarter);
    for (let k = 0; k < count; k++) {
      const municipality = random.weightedPick(version.municipalities, (m) => (m.population ?? 10_000) ** 0.8);
      newLocation(municipality.code, version.id, municipality.name, quarter);
    }
  }
  return { locations, neverIdo };
}

/** The unit (group of 2019 municipalities) a location belongs to in a quarter. */
export function unitOfLocation(geography: Geography, location: GeneratedLocation, quarter: Quarter): string {
  const code = codeOfLocation(geography, location, quarter);
  const code2019 = geography.unitOfCode2019.has(code) ? code : null;
  if (code2019) return geography.unitOfCode2019.get(code2019)!.id;
  // A code new after 2019 is a merged municipality: its unit is keyed by that code.
  return code;
}

/**
 * The municipality code a location is registered under in a quarter: its own
 * code, except after a split (Haaren, 2021), where it moves to the part its
 * point lies in.
 */
export function codeOfLocation(geography: Geography, location: GeneratedLocation, quarter: Quarter): string {
  const targets = geography.resolver.resolve(location.code, quarter);
  if (targets.length <= 1) return location.code;
  const version = boundaryVersionForQuarter(geography.index, quarter);
  const inside = municipalityAt(geography, version.id, location.point);
  if (!inside) throw new Error(`Location ${location.id} lies in no municipality of ${version.id}`);
  return inside;
}

/** Rows for vestigingen.csv: a new row whenever the organisation or the registered municipality changes. */
export function locationRows(geography: Geography, organisations: readonly GeneratedOrganisation[], locations: readonly GeneratedLocation[]): LocationRow[] {
  const rows: LocationRow[] = [];
  for (const location of locations) {
    let current: LocationRow | null = null;
    for (const quarter of quarterRange(location.from, (location.to ?? LAST_QUARTER + 1) - 1)) {
      const registered = codeOfLocation(geography, location, quarter);
      const organisation = organisationOfUnit(organisations, unitOfLocation(geography, location, quarter), quarter);
      if (current && current.organisationId === organisation.id && codeChangedOnlyByLineage(geography, current.code, registered, quarter)) continue;
      if (current) current.to = quarter;
      // A new row names the municipality by its code valid at the row's start.
      const code = geography.resolver.existsIn(registered, quarter) ? registered : geography.resolver.resolve(registered, quarter)[0]!.code;
      current = { id: location.id, organisationId: organisation.id, name: location.name, code, lon: location.point[0], lat: location.point[1], from: quarter, to: location.to };
      rows.push(current);
    }
  }
  return rows;
}

/** Whether a row registered under `rowCode` still describes a location now registered under `code`. */
function codeChangedOnlyByLineage(geography: Geography, rowCode: string, code: string, quarter: Quarter): boolean {
  const resolvedRow = geography.resolver.resolve(rowCode, quarter);
  const resolvedNow = geography.resolver.resolve(code, quarter);
  return resolvedRow.length === 1 && resolvedNow.length === 1 && resolvedRow[0]!.code === resolvedNow[0]!.code;
}
