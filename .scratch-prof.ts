import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { largeDataset } from '../work/wt-data/scripts/lib/largeDataset';
import { defaultGeoDir, readSharedGeo } from '../work/wt-data/scripts/lib/readSharedGeo';
import { loadDataset } from '../work/wt-data/src/lib/data/loadDataset';
import { shapesFromTopology } from '../work/wt-data/src/lib/data/municipalityShapes';
import { writeDataset } from '../work/wt-data/src/lib/data/writeDataset';
const { index: geo, topologies } = readSharedGeo(defaultGeoDir());
const shapeCache = new Map([...topologies].map(([id, t]) => [id, shapesFromTopology(t)]));
const dir = '/work/wt-data/data/example';
const ex = loadDataset(readdirSync(dir).map((name) => ({ name, bytes: new Uint8Array(readFileSync(join(dir, name))) })), geo).dataset!;
const files = Object.entries(writeDataset(largeDataset(ex, 100000), 'excel-nl')).map(([name, text]) => ({ name, bytes: new TextEncoder().encode(text) }));
for (const withShapes of [false, true, true]) {
  const t = performance.now();
  const r = loadDataset(files, geo, withShapes ? { shapes: (v) => shapeCache.get(v) } : {});
  console.log(withShapes, Math.round(performance.now() - t), 'ms', r.problems.length);
}
