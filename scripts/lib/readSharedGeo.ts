/** Reads ../shared/geo (or BBV_GEO_DIR) from disk and validates it into a GeoIndex. */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Topology } from 'topojson-specification';
import { buildGeoIndex, GeoDataError } from '../../src/lib/data/geoIndex';
import type { GeoIndex } from '../../src/lib/domain/types';

export const REPO_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');

/** BBV_GEO_DIR, or ../shared/geo beside the repository. */
export function defaultGeoDir(): string {
  return resolve(process.env['BBV_GEO_DIR'] ?? join(REPO_ROOT, '..', 'shared', 'geo'));
}

/** BBV_PUBLISHED_FIGURES, or ../shared/data/gepubliceerde-cijfers.csv beside the repository. */
export function defaultPublishedFiguresFile(): string {
  return resolve(process.env['BBV_PUBLISHED_FIGURES'] ?? join(defaultGeoDir(), '..', 'data', 'gepubliceerde-cijfers.csv'));
}

export function readSharedGeo(dir: string): { index: GeoIndex; topologies: Map<string, Topology> } {
  if (!existsSync(dir)) {
    throw new GeoDataError(
      `The boundary folder ${dir} does not exist. Put the shared data beside the repository (../shared/geo) or set BBV_GEO_DIR to a folder with gemeenten-*.topojson, gemeenten.csv, herindelingen.csv and inwoners.csv.`,
    );
  }
  const read = (name: string) => {
    const path = join(dir, name);
    if (!existsSync(path)) throw new GeoDataError(`${path} is missing: the boundary folder needs gemeenten.csv, herindelingen.csv, inwoners.csv and gemeenten-*.topojson`);
    return readFileSync(path, 'utf8');
  };
  const topologies = new Map<string, Topology>();
  for (const name of readdirSync(dir).sort()) {
    const match = /^gemeenten-(\d{4}-\d{2}-\d{2})\.topojson$/.exec(name);
    if (!match) continue;
    try {
      topologies.set(match[1]!, JSON.parse(read(name)) as Topology);
    } catch (error) {
      throw new GeoDataError(`${join(dir, name)} is not valid JSON: ${(error as Error).message}`);
    }
  }
  if (topologies.size === 0) throw new GeoDataError(`${dir} holds no gemeenten-YYYY-MM-DD.topojson files`);
  const index = buildGeoIndex({ municipalities: read('gemeenten.csv'), lineage: read('herindelingen.csv'), population: read('inwoners.csv'), topologies });
  return { index, topologies };
}
