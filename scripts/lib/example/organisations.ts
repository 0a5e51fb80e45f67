/**
 * Library organisations and their werkgebieden: 145 contiguous regions of
 * units within each province (region growing from seeds weighted by
 * population), then mergers on a schedule that brings the count to the
 * published 140 (2020), 139 (2021), 137 (2022) and 134 (2023).
 */
import { parseQuarterKey, type Quarter } from '../../../src/lib/domain/quarter';
import type { Geography, Unit } from './geography';
import type { Random } from './random';

export interface GeneratedOrganisation {
  id: string;
  name: string;
  from: Quarter;
  to: Quarter | null;
  successorId: string | null;
  unitIds: string[];
}

const q = (key: string) => parseQuarterKey(key)!;

export const ORGANISATIONS_2019 = 145;

/** Mergers per quarter: two organisations become one new organisation. */
export const MERGER_SCHEDULE: { quarter: Quarter; count: number }[] = [
  { quarter: q('2020-Q1'), count: 3 },
  { quarter: q('2020-Q3'), count: 2 },
  { quarter: q('2021-Q1'), count: 1 },
  { quarter: q('2022-Q1'), count: 2 },
  { quarter: q('2023-Q1'), count: 2 },
  { quarter: q('2023-Q3'), count: 1 },
];

export function generateOrganisations(geography: Geography, random: Random): GeneratedOrganisation[] {
  const regions = partitionUnits(geography, random);
  const organisations: GeneratedOrganisation[] = [];
  const usedNames = new Set<string>();
  const nextId = () => `ORG${String(organisations.length + 1).padStart(3, '0')}`;
  const unitById = new Map(geography.units.map((u) => [u.id, u]));

  for (const region of regions) {
    organisations.push({ id: nextId(), name: uniqueName(regionName(region.map((id) => unitById.get(id)!)), usedNames), from: q('2019-Q1'), to: null, successorId: null, unitIds: region });
  }

  // Mergers: two neighbouring organisations of one province end; a successor takes over both werkgebieden.
  for (const { quarter, count } of MERGER_SCHEDULE) {
    for (let k = 0; k < count; k++) {
      const current = organisations.filter((o) => o.to === null);
      const pairs: [GeneratedOrganisation, GeneratedOrganisation][] = [];
      for (const a of current) {
        for (const b of current) {
          if (a.id >= b.id || unitById.get(a.unitIds[0]!)!.provinceCode !== unitById.get(b.unitIds[0]!)!.provinceCode) continue;
          if (a.unitIds.some((u) => b.unitIds.some((v) => geography.unitNeighbours.get(u)!.has(v)))) pairs.push([a, b]);
        }
      }
      const [a, b] = random.pick(pairs);
      const successor: GeneratedOrganisation = {
        id: nextId(),
        name: uniqueName(`Bibliotheek ${shortName(a.name)}-${shortName(b.name)}`, usedNames),
        from: quarter,
        to: null,
        successorId: null,
        unitIds: [...a.unitIds, ...b.unitIds].sort(),
      };
      for (const old of [a, b]) {
        old.to = quarter;
        old.successorId = successor.id;
      }
      organisations.push(successor);
    }
  }
  return organisations;
}

/** The organisation serving a unit in a quarter. */
export function organisationOfUnit(organisations: readonly GeneratedOrganisation[], unitId: string, quarter: Quarter): GeneratedOrganisation {
  const found = organisations.find((o) => o.unitIds.includes(unitId) && o.from <= quarter && (o.to === null || quarter < o.to));
  if (!found) throw new Error(`No organisation serves unit ${unitId} in quarter ${quarter}`);
  return found;
}

/**
 * Splits the units of each province into contiguous regions. Units without a
 * neighbour in their province (the Wadden islands) are organisations of their
 * own; each connected group of the rest gets seeds in proportion to its size.
 */
function partitionUnits(geography: Geography, random: Random): string[][] {
  const byProvince = new Map<string, Unit[]>();
  for (const unit of geography.units) byProvince.set(unit.provinceCode, [...(byProvince.get(unit.provinceCode) ?? []), unit]);

  // Connected components per province.
  const components: Unit[][] = [];
  const isolated: Unit[] = [];
  for (const units of [...byProvince.values()]) {
    const seen = new Set<string>();
    for (const start of units) {
      if (seen.has(start.id)) continue;
      const component: Unit[] = [];
      const queue = [start];
      seen.add(start.id);
      while (queue.length) {
        const unit = queue.shift()!;
        component.push(unit);
        for (const id of [...geography.unitNeighbours.get(unit.id)!].sort()) {
          if (seen.has(id)) continue;
          seen.add(id);
          queue.push(units.find((u) => u.id === id)!);
        }
      }
      if (component.length === 1) isolated.push(component[0]!);
      else components.push(component);
    }
  }

  // Seeds per component: at least one, the rest by share of units (largest remainder).
  const available = ORGANISATIONS_2019 - isolated.length;
  const totalUnits = components.reduce((sum, c) => sum + c.length, 0);
  const quota = components.map((c) => Math.max(1, (c.length / totalUnits) * available));
  const seeds = quota.map((x) => Math.floor(x));
  let missing = available - seeds.reduce((a, b) => a + b, 0);
  const order = quota.map((x, i) => ({ i, rest: x - Math.floor(x) })).sort((a, b) => b.rest - a.rest || a.i - b.i);
  for (let k = 0; missing > 0; k = (k + 1) % order.length, missing--) seeds[order[k]!.i]!++;
  if (missing < 0) throw new Error('More connected groups than organisations: lower the island count or raise ORGANISATIONS_2019');

  const regions: string[][] = isolated.map((unit) => [unit.id]);
  components.forEach((component, c) => regions.push(...growRegions(component, Math.min(seeds[c]!, component.length), geography, random)));
  return regions.map((r) => r.sort()).sort((a, b) => a[0]!.localeCompare(b[0]!));
}

/** Region growing: seeds drawn by population; the lightest region takes a random free neighbour next. */
function growRegions(units: Unit[], count: number, geography: Geography, random: Random): string[][] {
  const free = new Map(units.map((u) => [u.id, u]));
  const regions: { ids: string[]; weight: number }[] = [];
  for (let k = 0; k < count; k++) {
    const seed = random.weightedPick([...free.values()], (u) => Math.sqrt(u.weight));
    free.delete(seed.id);
    regions.push({ ids: [seed.id], weight: Math.sqrt(seed.weight) });
  }
  while (free.size > 0) {
    const growable = regions
      .map((region) => ({ region, options: [...new Set(region.ids.flatMap((id) => [...geography.unitNeighbours.get(id)!]))].filter((id) => free.has(id)).sort() }))
      .filter((r) => r.options.length > 0)
      .sort((a, b) => a.region.weight - b.region.weight);
    const next = growable[0];
    if (!next) throw new Error('Region growing got stuck: a component without seeds');
    const id = random.pick(next.options);
    next.region.ids.push(id);
    next.region.weight += Math.sqrt(free.get(id)!.weight);
    free.delete(id);
  }
  return regions.map((r) => r.ids);
}

function regionName(units: Unit[]): string {
  const sorted = [...units].sort((a, b) => b.weight - a.weight);
  if (sorted.length === 1) return `Bibliotheek ${sorted[0]!.name}`;
  if (sorted.length === 2) return `Bibliotheek ${sorted[0]!.name} en ${sorted[1]!.name}`;
  return random3(sorted);
}

function random3(sorted: Unit[]): string {
  // Deterministic choice between the common naming styles, by the size of the region.
  return sorted.length % 2 === 0 ? `Bibliotheek Regio ${sorted[0]!.name}` : `Bibliotheek ${sorted[0]!.name} e.o.`;
}

function shortName(name: string): string {
  return name.replace(/^Bibliotheek (Regio )?/, '').replace(/ e\.o\.$/, '').split(' en ')[0]!;
}

function uniqueName(name: string, used: Set<string>): string {
  let candidate = name;
  for (let n = 2; used.has(candidate); n++) candidate = `${name} (${n})`;
  used.add(candidate);
  return candidate;
}
