/**
 * Municipalities named in a data file by their name instead of a CBS code:
 * accepted where the name (or a common alias) is unambiguous in the boundary
 * version of the row's quarter, reported where it is not ("Bergen" is both
 * Bergen (L.) and Bergen (NH.)).
 */
import type { GeoIndex, Municipality } from '../domain/types';
import { MUNICIPALITY_ALIASES, normaliseName } from './municipalitySearch';

export type NameMatch =
  | { kind: 'one'; code: string; version: number }
  | { kind: 'ambiguous'; candidates: Municipality[] }
  | { kind: 'not-yet'; code: string; version: number }
  | { kind: 'none' };

export interface MunicipalityNames {
  /** The municipality called `name` in version `version`, else the latest earlier version that had it, else a later one. */
  find(name: string, version: number): NameMatch;
}

/** "Bergen (NH.)" is also found as "Bergen", unless another municipality shares that short form. */
const withoutSuffix = (name: string) => normaliseName(name.replace(/\s*\([^)]*\)\s*$/, ''));

export function createMunicipalityNames(geo: GeoIndex): MunicipalityNames {
  const exact = geo.versions.map(() => new Map<string, Municipality[]>());
  const loose = geo.versions.map(() => new Map<string, Municipality[]>());
  const add = (map: Map<string, Municipality[]>, key: string, municipality: Municipality) => {
    const list = map.get(key) ?? [];
    if (!list.includes(municipality)) list.push(municipality);
    map.set(key, list);
  };
  geo.versions.forEach((version, i) => {
    for (const municipality of version.municipalities) {
      add(exact[i]!, normaliseName(municipality.name), municipality);
      for (const alias of MUNICIPALITY_ALIASES[municipality.code] ?? []) add(exact[i]!, normaliseName(alias), municipality);
      add(loose[i]!, withoutSuffix(municipality.name), municipality);
    }
  });

  const inVersion = (name: string, version: number): Municipality[] => {
    const key = normaliseName(name);
    return exact[version]!.get(key) ?? loose[version]!.get(key) ?? loose[version]!.get(withoutSuffix(name)) ?? [];
  };

  return {
    find(name, version) {
      const found = inVersion(name, version);
      if (found.length === 1) return { kind: 'one', code: found[0]!.code, version };
      if (found.length > 1) return { kind: 'ambiguous', candidates: found };
      // A municipality that had been merged away by then: its last code (the lineage maps it on).
      for (let v = version - 1; v >= 0; v--) {
        const earlier = inVersion(name, v);
        if (earlier.length === 1) return { kind: 'one', code: earlier[0]!.code, version: v };
        if (earlier.length > 1) return { kind: 'ambiguous', candidates: earlier };
      }
      for (let v = version + 1; v < geo.versions.length; v++) {
        const later = inVersion(name, v);
        if (later.length >= 1) return { kind: 'not-yet', code: later[0]!.code, version: v };
      }
      return { kind: 'none' };
    },
  };
}
