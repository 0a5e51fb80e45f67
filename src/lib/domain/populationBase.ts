/**
 * Residents are known per municipality on 1 January 2022 (inwoners.csv),
 * only where a municipality of a boundary version is the same area as in the
 * newest version. Before a herindeling that leaves, for example, Appingedam,
 * Delfzijl and Loppersum without a figure of their own (2019–2020).
 *
 * A pure merge is different: when every municipality that became a successor
 * went into it whole, together they are the successor's area, so together they
 * have the successor's residents. The totals count that group's residents
 * when every member has the same category (then the whole group is on one
 * side of every count); otherwise they are left out, and the screen says so.
 * No figure for a part is ever made up (see ../shared/geo/README.md).
 */
import type { GeoIndex } from './types';

export interface MergeGroup {
  /** Codes in the boundary version that together went into the successor, each of them whole. */
  codes: string[];
  /** The successor in the newest boundary version. */
  successorCode: string;
  successorName: string;
  /** The successor's residents on 1 January 2022: the group's residents together. */
  population: number;
}

/**
 * The pure merges of a boundary version (by index in `geo.versions`) whose
 * members have no population of their own. A municipality with one lineage
 * edge went wholly into its successor (area shares just under 1 are the
 * simplified outlines' rounding); one with several edges was split, and a
 * successor that received a split part is no pure merge.
 */
export function mergeGroups(geo: GeoIndex, versionIndex: number): MergeGroup[] {
  const versions = geo.versions;
  const newest = versions.at(-1);
  const version = versions[versionIndex];
  if (!newest || !version || version === newest) return [];
  const edgesFrom = new Map<string, string[]>();
  for (const edge of geo.lineage) {
    const key = `${edge.fromVersion}|${edge.fromCode}`;
    edgesFrom.set(key, [...(edgesFrom.get(key) ?? []), edge.toCode]);
  }
  const codesIn = versions.map((v) => new Set(v.municipalities.map((m) => m.code)));

  // Where each municipality of the version ends up in the newest version, and whether whole.
  const destinations = (code: string): { targets: Set<string>; whole: boolean } => {
    let current = new Set([code]);
    let whole = true;
    for (let i = versionIndex; i < versions.length - 1; i++) {
      const next = new Set<string>();
      for (const c of current) {
        const edges = edgesFrom.get(`${versions[i]!.id}|${c}`) ?? (codesIn[i + 1]!.has(c) ? [c] : []);
        if (edges.length !== 1) whole = false;
        for (const target of edges) next.add(target);
      }
      current = next;
    }
    return { targets: current, whole: whole && current.size === 1 };
  };

  const membersOf = new Map<string, { code: string; whole: boolean; known: boolean }[]>();
  for (const municipality of version.municipalities) {
    const { targets, whole } = destinations(municipality.code);
    for (const target of targets) membersOf.set(target, [...(membersOf.get(target) ?? []), { code: municipality.code, whole, known: municipality.population !== null }]);
  }

  const groups: MergeGroup[] = [];
  for (const [successorCode, members] of membersOf) {
    const successor = newest.municipalities.find((m) => m.code === successorCode);
    if (!successor || successor.population === null) continue;
    if (members.every((m) => m.known) || !members.every((m) => m.whole)) continue;
    groups.push({ codes: members.map((m) => m.code).sort(), successorCode, successorName: successor.name, population: successor.population });
  }
  return groups.sort((a, b) => a.successorCode.localeCompare(b.successorCode));
}
