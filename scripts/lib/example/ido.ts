/**
 * IDO desks over time, calibrated quarter by quarter. For each quarter the
 * generator knows three targets: open IDO locations, organisations with at
 * least one, and municipalities with at least one (from the published
 * figures where they exist, a smooth path between them elsewhere). It opens
 * desks in three steps so each target is met exactly:
 *   1. organisations without a desk get their first one (raises all three);
 *   2. municipalities without a desk get one from an organisation that already
 *      has one (raises locations and municipalities);
 *   3. the rest open where a desk already is (raises locations only).
 * Each desk is "gepland" one or two quarters before it opens; a few close.
 */
import { parseQuarterKey, type Quarter } from '../../../src/lib/domain/quarter';
import type { IdoStatus } from '../../../src/lib/domain/types';
import type { Geography } from './geography';
import { codeOfLocation, LAST_QUARTER, type GeneratedLocation } from './locations';
import { organisationOfUnit, type GeneratedOrganisation } from './organisations';
import { unitOfLocation } from './locations';
import type { Random } from './random';

const q = (key: string) => parseQuarterKey(key)!;

export interface IdoTargets {
  locations: Map<Quarter, number>;
  organisations: Map<Quarter, number | 'all'>;
  municipalities: Map<Quarter, number>;
}

/**
 * The path between the published points (marked ★). The published figures
 * decide the starred values; the others are chosen to grow smoothly.
 */
export const IDO_PATH: [string, number, number | 'all', number][] = [
  // quarter, locations, organisations, municipalities (upper bound where not published)
  ['2019-Q3', 15, 15 /* ★ */, 15],
  ['2019-Q4', 29 /* ★ */, 15 /* ★ */, 22],
  ['2020-Q1', 36, 18, 28],
  ['2020-Q2', 44, 22, 33],
  ['2020-Q3', 57, 30, 42],
  ['2020-Q4', 73 /* ★ */, 39 /* ★ */, 52],
  ['2021-Q1', 118, 60, 84],
  ['2021-Q2', 200 /* ★ */, 86, 130],
  ['2021-Q3', 318, 106, 190],
  ['2021-Q4', 439 /* ★ */, 124, 252],
  ['2022-Q1', 446, 128, 252],
  ['2022-Q2', 466 /* ★ */, 131, 261 /* ★ */],
  ['2022-Q3', 560, 134, 285],
  ['2022-Q4', 664 /* ★ */, 'all' /* ★ */, 306 /* ★ */],
  ['2023-Q1', 667, 'all', 306],
  ['2023-Q2', 669, 'all', 307],
  ['2023-Q3', 671, 'all', 307],
  ['2023-Q4', 673 /* ★ */, 'all', 308],
];

/** Desks that close (status gesloten), per quarter; chosen where the municipality keeps another desk. */
const CLOSINGS: [string, number][] = [['2021-Q3', 1], ['2022-Q3', 2], ['2023-Q2', 2]];
/** Desks planned at the end of the data that open after it: "gepland" stays visible in the last quarters. */
const LATE_PLANS = 8;

export interface IdoChange {
  locationId: string;
  status: IdoStatus;
  from: Quarter;
}

export function generateIdo(geography: Geography, organisations: readonly GeneratedOrganisation[], locations: readonly GeneratedLocation[], neverIdo: ReadonlySet<string>, random: Random): IdoChange[] {
  const changes: IdoChange[] = [];
  const open = new Set<string>();
  const closed = new Set<string>();
  const byId = new Map(locations.map((l) => [l.id, l]));
  const validAt = (l: GeneratedLocation, quarter: Quarter) => l.from <= quarter && (l.to === null || quarter < l.to);
  const orgOf = (l: GeneratedLocation, quarter: Quarter) => organisationOfUnit(organisations, unitOfLocation(geography, l, quarter), quarter).id;
  const municipalityOf = (l: GeneratedLocation, quarter: Quarter) => geography.resolver.resolve(codeOfLocation(geography, l, quarter), quarter)[0]!.code;

  for (const [key, locationTarget, organisationTarget, municipalityTarget] of IDO_PATH) {
    const quarter = q(key);
    // Closures first, where they keep their municipality and organisation covered.
    for (const [closingKey, count] of CLOSINGS) {
      if (closingKey !== key) continue;
      for (let k = 0; k < count; k++) {
        const perMunicipality = countBy([...open].map((id) => municipalityOf(byId.get(id)!, quarter)));
        const candidates = [...open].filter((id) => perMunicipality.get(municipalityOf(byId.get(id)!, quarter))! >= 2).sort();
        const closing = random.pick(candidates);
        open.delete(closing);
        closed.add(closing);
        changes.push({ locationId: closing, status: 'gesloten', from: quarter });
      }
    }

    const available = locations.filter((l) => validAt(l, quarter) && l.to === null && !open.has(l.id) && !closed.has(l.id) && !neverIdo.has(l.id));
    const openOrgs = () => new Set([...open].map((id) => orgOf(byId.get(id)!, quarter)));
    const openMunicipalities = () => new Set([...open].map((id) => municipalityOf(byId.get(id)!, quarter)));
    const opened: string[] = [];
    const openOne = (location: GeneratedLocation) => {
      open.add(location.id);
      opened.push(location.id);
      available.splice(available.indexOf(location), 1);
    };

    // 1. New organisations: their first desk, in a municipality without one while that target allows.
    const validOrgs = organisations.filter((o) => o.from <= quarter && (o.to === null || quarter < o.to)).map((o) => o.id);
    const orgTarget = organisationTarget === 'all' ? validOrgs.length : organisationTarget;
    const newOrgCount = orgTarget - openOrgs().size;
    const withDesk = openOrgs();
    const candidatesOrgs = random.shuffle(validOrgs.filter((id) => !withDesk.has(id)).sort());
    for (const orgId of candidatesOrgs.slice(0, Math.max(0, newOrgCount))) {
      const covered = openMunicipalities();
      const own = available.filter((l) => orgOf(l, quarter) === orgId);
      const fresh = own.filter((l) => !covered.has(municipalityOf(l, quarter)));
      const pool = fresh.length && covered.size < municipalityTarget ? fresh : own;
      if (!pool.length) throw new Error(`${key}: organisation ${orgId} has no location for its first IDO`);
      openOne(random.pick(pool));
    }

    // 2. New municipalities, through organisations that already have a desk.
    let covered = openMunicipalities();
    while (covered.size < municipalityTarget && open.size < locationTarget) {
      const orgsWithDesk = openOrgs();
      const pool = available.filter((l) => !covered.has(municipalityOf(l, quarter)) && orgsWithDesk.has(orgOf(l, quarter)));
      if (!pool.length) break;
      openOne(random.pick(pool));
      covered = openMunicipalities();
    }

    // 3. The remaining desks where a desk already is.
    while (open.size < locationTarget) {
      const orgsWithDesk = openOrgs();
      const inCovered = available.filter((l) => covered.has(municipalityOf(l, quarter)) && orgsWithDesk.has(orgOf(l, quarter)));
      if (!inCovered.length) throw new Error(`${key}: no location left to open an IDO without covering a new municipality`);
      openOne(random.pick(inCovered));
    }
    if (open.size !== locationTarget) throw new Error(`${key}: ${open.size} IDO locations open, the path asks ${locationTarget}`);

    // Plans: the first wave (the kopgroep) was announced the quarter before; later desks one or two quarters before opening.
    for (const id of opened.sort()) {
      const lead = quarter === q('2019-Q3') ? 1 : 1 + random.int(2);
      const plannedFrom = quarter === q('2019-Q3') ? q('2019-Q2') : Math.max(quarter - lead, q('2019-Q3'), byId.get(id)!.from);
      if (plannedFrom < quarter) changes.push({ locationId: id, status: 'gepland', from: plannedFrom });
      changes.push({ locationId: id, status: 'open', from: quarter });
    }
  }

  // Late plans: announced in the last two quarters, opening after the data ends.
  const lastAvailable = locations.filter((l) => l.to === null && !open.has(l.id) && !closed.has(l.id) && !neverIdo.has(l.id) && !changes.some((c) => c.locationId === l.id));
  for (const location of random.shuffle(lastAvailable).slice(0, LATE_PLANS)) {
    changes.push({ locationId: location.id, status: 'gepland', from: LAST_QUARTER - random.int(2) });
  }
  return changes.sort((a, b) => a.locationId.localeCompare(b.locationId) || a.from - b.from);
}

function countBy(values: string[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const value of values) counts.set(value, (counts.get(value) ?? 0) + 1);
  return counts;
}

