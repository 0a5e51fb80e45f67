/**
 * Municipality codes through herindelingen. Data rows name a municipality by
 * the code valid when the row started; to draw a quarter, each code must be
 * mapped to the municipality (or, for a split, municipalities) of that
 * quarter's boundary version. Forward only: a code never maps back to
 * municipalities that existed before it.
 */
import type { Quarter } from '../domain/quarter';
import type { CodeResolver, GeoIndex, ResolvedCode } from '../domain/types';
import { boundaryVersionForQuarter } from '../domain/boundaries';

export type { CodeResolver, ResolvedCode } from '../domain/types';

export function createCodeResolver(index: GeoIndex): CodeResolver {
  const versionIds = index.versions.map((v) => v.id);
  const byVersion = index.versions.map((v) => new Map(v.municipalities.map((m) => [m.code, m])));
  // Edges out of each version, by code.
  const edgesFrom = index.versions.map(() => new Map<string, ResolvedCode[]>());
  for (const edge of index.lineage) {
    const from = versionIds.indexOf(edge.fromVersion);
    const list = edgesFrom[from]!.get(edge.fromCode) ?? [];
    list.push({ code: edge.toCode, areaShare: edge.areaShare });
    edgesFrom[from]!.set(edge.fromCode, list);
  }
  const versionIndexOf = (quarter: Quarter) => versionIds.indexOf(boundaryVersionForQuarter(index, quarter).id);

  const firstVersion = new Map<string, number>();
  const lastVersion = new Map<string, number>();
  byVersion.forEach((codes, i) => {
    for (const code of codes.keys()) {
      if (!firstVersion.has(code)) firstVersion.set(code, i);
      lastVersion.set(code, i);
    }
  });

  // resolve() runs for every row on every quarter change: memoise per (code, version).
  const cache = new Map<string, ResolvedCode[]>();
  function resolveInVersion(code: string, target: number): ResolvedCode[] {
    const key = `${code}@${target}`;
    const cached = cache.get(key);
    if (cached) return cached;
    let result: ResolvedCode[];
    if (byVersion[target]!.has(code)) result = [{ code, areaShare: 1 }];
    else {
      const last = lastVersion.get(code);
      // Unknown, or not yet existing in the target version: no backward mapping.
      if (last === undefined || last >= target || firstVersion.get(code)! > target) result = [];
      else {
        // Start where the code last existed and follow its edges version by version.
        let current: ResolvedCode[] = [{ code, areaShare: 1 }];
        for (let v = last; v < target; v++) {
          const next = new Map<string, number>();
          for (const item of current) {
            const edges = edgesFrom[v]!.get(item.code) ?? (byVersion[v + 1]!.has(item.code) ? [{ code: item.code, areaShare: 1 }] : []);
            for (const edge of edges) next.set(edge.code, (next.get(edge.code) ?? 0) + item.areaShare * edge.areaShare);
          }
          current = [...next].map(([c, share]) => ({ code: c, areaShare: share }));
        }
        result = current.filter((item) => byVersion[target]!.has(item.code)).sort((a, b) => b.areaShare - a.areaShare || a.code.localeCompare(b.code));
      }
    }
    cache.set(key, result);
    return result;
  }

  return {
    resolve: (code, quarter) => resolveInVersion(code, versionIndexOf(quarter)),
    existsIn: (code, quarter) => byVersion[versionIndexOf(quarter)]!.has(code),
    firstVersionOf: (code) => firstVersion.get(code) ?? null,
    lastVersionOf: (code) => lastVersion.get(code) ?? null,
    municipality: (code, quarter) => byVersion[versionIndexOf(quarter)]!.get(code),
  };
}
