/** Writes the boundary assets the app loads: geo/index.json and one TopoJSON per version. */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Topology } from 'topojson-specification';
import type { GeoIndex } from '../src/lib/domain/types';
import { onCoarserGrid } from './lib/coarserGrid';
import { readSharedGeo } from './lib/readSharedGeo';

export function buildGeo(geoDir: string, outDir: string): { index: GeoIndex; topologies: Map<string, Topology>; bytes: number } {
  const { index, topologies } = readSharedGeo(geoDir);
  const dir = join(outDir, 'geo');
  mkdirSync(dir, { recursive: true });
  let bytes = 0;
  const write = (name: string, value: unknown) => {
    const text = JSON.stringify(value);
    writeFileSync(join(dir, name), text);
    bytes += text.length;
  };
  write('index.json', index);
  for (const [id, topology] of topologies) {
    // The app draws municipalities and province borders; the national outline is not used.
    const { nederland: _unused, ...objects } = topology.objects;
    write(`gemeenten-${id}.topojson`, onCoarserGrid({ ...topology, objects }));
  }
  return { index, topologies, bytes };
}
