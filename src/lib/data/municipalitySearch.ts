/**
 * Finding a municipality by what people type: the official CBS name, a
 * common alias (Den Haag for 's-Gravenhage), the name without accents or
 * punctuation (Sudwest Fryslan), the CBS code in any usual form (GM0363,
 * 0363, 363), a name with a typo (Amsterdm), or the name of a municipality
 * of another quarter (Eemsdelta in 2020: from when it exists, and what it was
 * before; Weesp in 2023: until when, and what it became).
 */
import { distance } from 'fastest-levenshtein';
import { quarterFirstDay, quarterOfDate, type Quarter } from '../domain/quarter';
import type { GeoIndex, Municipality } from '../domain/types';
import { createCodeResolver } from './lineage';
import { normaliseName } from '../domain/names';

export { normaliseName };

/** Common names people use for municipalities whose CBS name differs. Keyed by CBS code. */
export const MUNICIPALITY_ALIASES: Record<string, string[]> = {
  GM0518: ['Den Haag', 'The Hague'],
  GM0796: ['Den Bosch', 'Hertogenbosch'],
  GM1900: ['Zuidwest-Friesland'],
  GM1970: ['Noordoost-Friesland'],
  // Frisian and Dutch forms of Frisian municipalities.
  GM0080: ['Ljouwert'],
  GM0074: ['It Hearrenfean'],
  GM0085: ['Eaststellingwerf'],
  GM0086: ['Opsterlân'],
  GM0090: ['Smellingerlân'],
  GM0737: ['Tietjerksteradeel'],
  GM0060: ['It Amelân'],
  // Names without the province suffix that CBS adds to tell namesakes apart.
  GM0164: ['Hengelo'],
  GM0687: ['Middelburg'],
  GM0603: ['Rijswijk'],
};

/** GM0363, gm363, 0363 and 363 all give GM0363; anything else null. */
export function normaliseMunicipalityCode(text: string): string | null {
  const match = /^(?:gm)?\s*(\d{1,4})$/i.exec(text.trim());
  return match ? `GM${match[1]!.padStart(4, '0')}` : null;
}

/** How far a typed name may be from a municipality's name and still find it ("Amsterdm"): longer names allow more. */
function allowedTypos(length: number): number {
  return length >= 8 ? 2 : length >= 4 ? 1 : 0;
}

export interface SearchResult {
  municipality: Municipality;
  /** What matched, when it was not the official name (an alias or the code). */
  matchedAlias: string | null;
  /**
   * `here`: a municipality of the quarter shown. `later`: it exists only from
   * `from` on (Eemsdelta in 2020), made of `related` of this quarter.
   * `earlier`: it existed until `until` (Weesp in 2023) and is now part of
   * `related`. Choosing a `later` or `earlier` result goes to that quarter.
   */
  kind: 'here' | 'later' | 'earlier';
  from: Quarter | null;
  until: Quarter | null;
  related: Municipality[];
  /** Found as a near miss (a typo) rather than by its letters. */
  nearMiss: boolean;
}

export interface MunicipalitySearch {
  search(query: string, limit?: number): SearchResult[];
}

/** The boundaries of every quarter, so a name of another quarter is found too (with where and when it is). */
export interface SearchAcrossVersions {
  geo: GeoIndex;
  /** The boundary version of the quarter shown (its municipalities are the ones searched first). */
  versionId: string;
}

interface Entry {
  municipality: Municipality;
  key: string;
  alias: string | null;
  versionIndex: number;
}

/**
 * Ranking: exact code, then exact name or alias, then names starting with the
 * query, then names with a word starting with it, then names containing it,
 * then near misses (a letter or two off); alphabetical within a rank. Names of
 * the quarter shown come before names of other quarters.
 */
export function createMunicipalitySearch(municipalities: readonly Municipality[], across?: SearchAcrossVersions): MunicipalitySearch {
  const entriesOf = (list: readonly Municipality[], versionIndex: number): Entry[] =>
    list.flatMap((municipality) => [
      { municipality, key: normaliseName(municipality.name), alias: null as string | null, versionIndex },
      ...(MUNICIPALITY_ALIASES[municipality.code] ?? []).map((alias) => ({ municipality, key: normaliseName(alias), alias, versionIndex })),
    ]);
  const current = across ? across.geo.versions.findIndex((v) => v.id === across.versionId) : -1;
  const hereCodes = new Set(municipalities.map((m) => m.code));
  const hereNames = new Set(municipalities.map((m) => normaliseName(m.name)));
  // Other versions' municipalities that the quarter shown does not have (by code and by name), nearest version first.
  const otherEntries: Entry[] = [];
  if (across && current >= 0) {
    const seen = new Set<string>();
    const order = across.geo.versions.map((_, i) => i).filter((i) => i !== current).sort((a, b) => Math.abs(a - current) - Math.abs(b - current) || a - b);
    for (const i of order) {
      const others = across.geo.versions[i]!.municipalities.filter((m) => !hereCodes.has(m.code) && !hereNames.has(normaliseName(m.name)) && !seen.has(m.code));
      for (const m of others) seen.add(m.code);
      otherEntries.push(...entriesOf(others, i));
    }
  }
  const entries = [...entriesOf(municipalities, current), ...otherEntries];
  const byCode = new Map(municipalities.map((m) => [m.code, m]));
  const describe = across && current >= 0 ? describeOtherVersion(across.geo, current, municipalities) : null;

  return {
    search(query, limit = 10) {
      const code = normaliseMunicipalityCode(query);
      const exactCode = code ? byCode.get(code) : undefined;
      const needle = normaliseName(query);
      if (!needle && !exactCode) return [];

      const ranked = new Map<string, { rank: number; entry: Entry; alias: string | null; nearMiss: boolean }>();
      const offer = (rank: number, entry: Entry, alias: string | null, nearMiss = false) => {
        // Names of another quarter rank after every name of the quarter shown.
        const score = rank + (entry.versionIndex === current ? 0 : 10);
        const previous = ranked.get(entry.municipality.code);
        if (!previous || score < previous.rank) ranked.set(entry.municipality.code, { rank: score, entry, alias, nearMiss });
      };
      if (exactCode) offer(0, { municipality: exactCode, key: '', alias: null, versionIndex: current }, exactCode.code);
      if (needle) {
        const typos = allowedTypos(needle.length);
        for (const entry of entries) {
          const rank =
            entry.key === needle ? 1 : entry.key.startsWith(needle) ? 2 : entry.key.split(' ').some((word) => word.startsWith(needle)) ? 3 : entry.key.includes(needle) ? 4 : -1;
          if (rank > 0) offer(rank, entry, entry.alias);
          // A near miss: the whole name, or its start as long as what was typed, a letter or two off.
          else if (typos > 0 && Math.min(distance(entry.key, needle), distance(entry.key.slice(0, needle.length), needle)) <= typos) offer(5, entry, entry.alias, true);
        }
      }
      return [...ranked.values()]
        .sort((a, b) => a.rank - b.rank || a.entry.municipality.name.localeCompare(b.entry.municipality.name, 'nl'))
        .slice(0, limit)
        .map(({ entry, alias, nearMiss }): SearchResult => {
          const here = entry.versionIndex === current || !describe;
          const other = here ? null : describe!(entry.municipality.code, entry.versionIndex);
          return {
            municipality: entry.municipality,
            matchedAlias: alias,
            kind: other?.kind ?? 'here',
            from: other?.from ?? null,
            until: other?.until ?? null,
            related: other?.related ?? [],
            nearMiss,
          };
        });
    },
  };
}

/** The first quarter drawn on a boundary version (the version valid on the quarter's first day). */
function firstQuarterOf(validFrom: string): Quarter {
  const quarter = quarterOfDate(validFrom)!;
  return quarterFirstDay(quarter) === validFrom ? quarter : quarter + 1;
}

/**
 * For a municipality of another version than the one shown: whether it comes
 * later or came earlier, the quarter to go to, and what it is in the quarter
 * shown (its predecessors, or what it became), through the lineage.
 */
function describeOtherVersion(geo: GeoIndex, current: number, here: readonly Municipality[]) {
  const resolver = createCodeResolver(geo);
  const currentQuarter = firstQuarterOf(geo.versions[current]!.validFrom);
  const byCode = new Map(here.map((m) => [m.code, m]));
  return (code: string, versionIndex: number): { kind: 'later' | 'earlier'; from: Quarter | null; until: Quarter | null; related: Municipality[] } => {
    if (versionIndex > current) {
      const first = resolver.firstVersionOf(code) ?? versionIndex;
      const from = firstQuarterOf(geo.versions[first]!.validFrom);
      // The municipalities of the quarter shown that (partly) became it.
      const related = here.filter((m) => resolver.resolve(m.code, from).some((r) => r.code === code));
      return { kind: 'later', from, until: null, related };
    }
    const last = resolver.lastVersionOf(code) ?? versionIndex;
    const next = geo.versions[last + 1];
    const until = next ? firstQuarterOf(next.validFrom) - 1 : null;
    const related = resolver
      .resolve(code, currentQuarter)
      .map((r) => byCode.get(r.code))
      .filter((m): m is Municipality => m !== undefined);
    return { kind: 'earlier', from: null, until, related };
  };
}
