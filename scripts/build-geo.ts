/** Writes the boundary assets the app loads: geo/index.json and one TopoJSON per version. */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { GeometryCollection, Topology } from 'topojson-specification';
import type { GeoIndex } from '../src/lib/domain/types';
import { onCoarserGrid } from './lib/coarserGrid';
import { readSharedGeo } from './lib/readSharedGeo';

/**
 * A boundary version as the app loads it: on the coarser grid, with the
 * municipalities only, each with only its code. index.json, which the app
 * has first, names them and says their province (withIndexNames in the app
 * puts both back); the province borders are where municipalities of two
 * provinces meet, the same arcs as the provinces' outlines; the national
 * outline is not drawn. About 3 KB gzip less per version.
 */
export function servedTopology(topology: Topology): Topology {
  const { nederland: _outline, provincies: _provinces, ...objects } = topology.objects;
  const municipalities = objects['gemeenten'] as GeometryCollection<{ code: string }>;
  const codesOnly = { ...municipalities, geometries: municipalities.geometries.map((geometry) => ({ ...geometry, properties: { code: (geometry.properties as { code: string }).code } })) };
  return onCoarserGrid({ ...topology, objects: { ...objects, gemeenten: codesOnly } });
}

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
    write(`gemeenten-${id}.topojson`, servedTopology(topology));
  }
  return { index, topologies, bytes };
}
