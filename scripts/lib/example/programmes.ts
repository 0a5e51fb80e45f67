/**
 * The sociaal-educatieve kaart and the Belastingdienst convenant.
 *
 * SEK: registration starts 2020-Q3. End 2020 matches the quarterly report
 * exactly: 25 organisations for 51 municipalities; 9 organisations with a
 * local website for 19 municipalities, 17 with the national website for 32,
 * one organisation (like Bibliotheek AanZet) with both. It grows afterwards.
 *
 * Convenant: 91% of organisations in 2019, 128 at the end of 2020 and 123 at
 * the end of 2022, with a little churn in between.
 */
import { parseQuarterKey, quarterRange, type Quarter } from '../../../src/lib/domain/quarter';
import type { SekVariant } from '../../../src/lib/domain/types';
import { boundaryVersionForQuarter } from '../../../src/lib/domain/boundaries';
import type { Geography } from './geography';
import { FIRST_QUARTER, LAST_QUARTER } from './locations';
import { organisationOfUnit, type GeneratedOrganisation } from './organisations';
import type { Random } from './random';

const q = (key: string) => parseQuarterKey(key)!;

export interface SekRow {
  code: string;
  organisationId: string;
  variant: SekVariant;
  from: Quarter;
  to: Quarter | null;
}

export interface TaxRow {
  organisationId: string;
  from: Quarter;
  to: Quarter | null;
}

export const SEK_START = q('2020-Q3');
const SEK_END_2020 = q('2020-Q4');
/** Municipalities per organisation at the end of 2020, as in the quarterly report. */
const LOCAL_SIZES = [4, 3, 3, 2, 2, 2, 1, 1, 1]; // 9 organisations, 19 municipalities
const NATIONAL_SIZES = [4, 3, 3, 2, 2, 2, 2, 2, 2, 2, 2, 1, 1, 1, 1, 1, 1]; // 17 organisations, 32 municipalities
/** Municipalities joining per quarter after 2020. */
const SEK_GROWTH = 12;

/** Municipality codes (valid in the quarter) served by an organisation. */
function municipalitiesOf(geography: Geography, organisation: GeneratedOrganisation, quarter: Quarter): string[] {
  const unitById = new Map(geography.units.map((u) => [u.id, u]));
  const codes = organisation.unitIds.flatMap((id) => unitById.get(id)!.codes2019.flatMap((code) => geography.resolver.resolve(code, quarter).map((r) => r.code)));
  const valid = new Set(boundaryVersionForQuarter(geography.index, quarter).municipalities.map((m) => m.code));
  return [...new Set(codes)].filter((c) => valid.has(c)).sort();
}

export function generateSek(geography: Geography, organisations: readonly GeneratedOrganisation[], random: Random): SekRow[] {
  const rows: SekRow[] = [];
  const validAt = (o: GeneratedOrganisation, quarter: Quarter) => o.from <= quarter && (o.to === null || quarter < o.to);

  // End of 2020: organisations large enough for their share, one of them with both variants.
  const at2020 = organisations.filter((o) => validAt(o, SEK_END_2020) && o.to === null);
  const sizes = new Map(at2020.map((o) => [o.id, municipalitiesOf(geography, o, SEK_END_2020)]));
  const byBoth = random.pick(at2020.filter((o) => sizes.get(o.id)!.length >= LOCAL_SIZES[0]! + NATIONAL_SIZES.at(-1)!));
  const chosen = new Set([byBoth.id]);
  const assign = (organisation: GeneratedOrganisation, count: number, variant: SekVariant, exclude: Set<string>) => {
    const codes = random.shuffle(sizes.get(organisation.id)!.filter((c) => !exclude.has(c))).slice(0, count);
    if (codes.length < count) throw new Error(`SEK: organisation ${organisation.id} has too few municipalities`);
    // Most started in the quarter before: the report speaks of 16% growth in nine weeks.
    codes.forEach((code) => {
      exclude.add(code);
      rows.push({ code, organisationId: organisation.id, variant, from: random.next() < 0.86 ? SEK_START : SEK_END_2020, to: null });
    });
  };
  const used = new Set<string>();
  assign(byBoth, LOCAL_SIZES[0]!, 'lokaal', used);
  assign(byBoth, NATIONAL_SIZES.at(-1)!, 'landelijk', used);
  const pickOrganisation = (size: number) => {
    const options = at2020.filter((o) => !chosen.has(o.id) && sizes.get(o.id)!.length >= size);
    const organisation = random.pick(options);
    chosen.add(organisation.id);
    return organisation;
  };
  for (const size of LOCAL_SIZES.slice(1)) assign(pickOrganisation(size), size, 'lokaal', used);
  for (const size of NATIONAL_SIZES.slice(0, -1)) assign(pickOrganisation(size), size, 'landelijk', used);

  // 2021 on: a dozen municipalities a quarter, through their serving organisation.
  for (const quarter of quarterRange(q('2021-Q1'), LAST_QUARTER)) {
    const covered = new Set(rows.filter((r) => r.from <= quarter).flatMap((r) => geography.resolver.resolve(r.code, quarter).map((t) => t.code)));
    const candidates = boundaryVersionForQuarter(geography.index, quarter).municipalities.filter((m) => !covered.has(m.code));
    for (const municipality of random.shuffle(candidates).slice(0, SEK_GROWTH)) {
      const unit = geography.unitOfCode2019.get(municipality.code) ?? geography.units.find((u) => u.id === municipality.code)!;
      const organisation = organisationOfUnit(organisations, unit.id, quarter);
      rows.push({ code: municipality.code, organisationId: organisation.id, variant: random.next() < 0.4 ? 'lokaal' : 'landelijk', from: quarter, to: null });
    }
  }
  return splitAtMergers(rows, organisations, geography);
}

/** Convenant participation: a share of organisations in 2019, following targets quarter by quarter. */
export function generateTaxPartnerships(organisations: readonly GeneratedOrganisation[], random: Random): TaxRow[] {
  const targets = new Map<Quarter, number>([
    [q('2019-Q1'), 132],
    [q('2019-Q2'), 132], // 91% of 145
    [q('2020-Q4'), 128],
    [q('2022-Q4'), 123],
    [q('2023-Q4'), 121],
  ]);
  const partner = new Map<string, Quarter>(); // organisation → since
  const rows: TaxRow[] = [];
  const validAt = (o: GeneratedOrganisation, quarter: Quarter) => o.from <= quarter && (o.to === null || quarter < o.to);
  const end = (id: string, quarter: Quarter) => {
    rows.push({ organisationId: id, from: partner.get(id)!, to: quarter });
    partner.delete(id);
  };
  let lastTarget = targets.get(FIRST_QUARTER)!;
  for (const quarter of quarterRange(FIRST_QUARTER, LAST_QUARTER)) {
    // Mergers: partnerships of ended organisations stop; a successor of a partner is a partner.
    for (const organisation of organisations) {
      if (organisation.to === quarter && partner.has(organisation.id)) {
        end(organisation.id, quarter);
        if (organisation.successorId && !partner.has(organisation.successorId)) partner.set(organisation.successorId, quarter);
      }
    }
    const target = targets.get(quarter) ?? interpolate(targets, quarter, lastTarget);
    lastTarget = target;
    const valid = organisations.filter((o) => validAt(o, quarter)).map((o) => o.id);
    const current = valid.filter((id) => partner.has(id));
    if (current.length > target) for (const id of random.shuffle(current.sort()).slice(0, current.length - target)) end(id, quarter);
    if (current.length < target) {
      for (const id of random.shuffle(valid.filter((v) => !partner.has(v)).sort()).slice(0, target - current.length)) partner.set(id, quarter);
    }
  }
  for (const [id, since] of partner) rows.push({ organisationId: id, from: since, to: null });
  return rows.sort((a, b) => a.organisationId.localeCompare(b.organisationId) || a.from - b.from);
}

function interpolate(targets: Map<Quarter, number>, quarter: Quarter, fallback: number): number {
  const known = [...targets].sort((a, b) => a[0] - b[0]);
  const before = known.filter(([k]) => k < quarter).at(-1);
  const after = known.find(([k]) => k > quarter);
  if (!before || !after) return fallback;
  return Math.round(before[1] + ((after[1] - before[1]) * (quarter - before[0])) / (after[0] - before[0]));
}

/** A row of an organisation that merges ends there; the successor continues it with the code valid then. */
function splitAtMergers(rows: SekRow[], organisations: readonly GeneratedOrganisation[], geography: Geography): SekRow[] {
  const byId = new Map(organisations.map((o) => [o.id, o]));
  const result: SekRow[] = [];
  const continued = new Set<string>();
  const queue = [...rows];
  while (queue.length) {
    const row = queue.shift()!;
    const organisation = byId.get(row.organisationId)!;
    if (organisation.to !== null && (row.to === null || row.to > organisation.to)) {
      result.push({ ...row, to: organisation.to });
      const code = geography.resolver.resolve(row.code, organisation.to)[0]!.code;
      // Two rows of merged municipalities continue as one.
      const key = `${code}|${organisation.successorId}|${organisation.to}`;
      if (continued.has(key)) continue;
      continued.add(key);
      queue.push({ ...row, code, organisationId: organisation.successorId!, from: organisation.to });
    } else result.push(row);
  }
  return result.sort((a, b) => a.code.localeCompare(b.code) || a.organisationId.localeCompare(b.organisationId) || a.from - b.from);
}
