/**
 * Finding a municipality by what people type: the official CBS name, a
 * common alias (Den Haag for 's-Gravenhage), the name without accents or
 * punctuation (Sudwest Fryslan), or the CBS code in any usual form (GM0363,
 * 0363, 363).
 */
import type { Municipality } from '../domain/types';

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

/** Lower case, accents removed, punctuation and brackets to spaces, single spaces. */
export function normaliseName(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/['’`]/g, '')
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

/** GM0363, gm363, 0363 and 363 all give GM0363; anything else null. */
export function normaliseMunicipalityCode(text: string): string | null {
  const match = /^(?:gm)?\s*(\d{1,4})$/i.exec(text.trim());
  return match ? `GM${match[1]!.padStart(4, '0')}` : null;
}

export interface SearchResult {
  municipality: Municipality;
  /** What matched, when it was not the official name (an alias or the code). */
  matchedAlias: string | null;
}

export interface MunicipalitySearch {
  search(query: string, limit?: number): SearchResult[];
}

/**
 * Ranking: exact code, then exact name or alias, then names starting with the
 * query, then names with a word starting with it, then names containing it;
 * alphabetical within a rank.
 */
export function createMunicipalitySearch(municipalities: readonly Municipality[]): MunicipalitySearch {
  const entries = municipalities.flatMap((municipality) => [
    { municipality, key: normaliseName(municipality.name), alias: null as string | null },
    ...(MUNICIPALITY_ALIASES[municipality.code] ?? []).map((alias) => ({ municipality, key: normaliseName(alias), alias })),
  ]);
  const byCode = new Map(municipalities.map((m) => [m.code, m]));

  return {
    search(query, limit = 10) {
      const code = normaliseMunicipalityCode(query);
      const exactCode = code ? byCode.get(code) : undefined;
      const needle = normaliseName(query);
      if (!needle && !exactCode) return [];

      const ranked = new Map<string, { rank: number; result: SearchResult }>();
      const offer = (rank: number, result: SearchResult) => {
        const previous = ranked.get(result.municipality.code);
        if (!previous || rank < previous.rank) ranked.set(result.municipality.code, { rank, result });
      };
      if (exactCode) offer(0, { municipality: exactCode, matchedAlias: exactCode.code });
      if (needle) {
        for (const entry of entries) {
          const rank =
            entry.key === needle ? 1 : entry.key.startsWith(needle) ? 2 : entry.key.split(' ').some((word) => word.startsWith(needle)) ? 3 : entry.key.includes(needle) ? 4 : -1;
          if (rank > 0) offer(rank, { municipality: entry.municipality, matchedAlias: entry.alias });
        }
      }
      return [...ranked.values()]
        .sort((a, b) => a.rank - b.rank || a.result.municipality.name.localeCompare(b.result.municipality.name, 'nl'))
        .slice(0, limit)
        .map((item) => item.result);
    },
  };
}
