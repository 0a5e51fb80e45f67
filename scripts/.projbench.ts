import { readFileSync } from 'node:fs';
import { feature, mesh } from 'topojson-client';
import { buildNeighbourIndex } from '../src/lib/data/neighbours';
const topo = JSON.parse(readFileSync('public/generated/geo/gemeenten-2023-01-01.topojson', 'utf8'));
for (let i = 0; i < 4; i++) {
  let t = performance.now();
  const f = feature(topo, topo.objects.gemeenten) as any;
  const a = performance.now() - t; t = performance.now();
  mesh(topo, topo.objects.provincies);
  const b = performance.now() - t; t = performance.now();
  buildNeighbourIndex(topo, f.features);
  const c = performance.now() - t;
  console.log(`feature ${a.toFixed(1)} mesh ${b.toFixed(1)} neighbours ${c.toFixed(1)}`);
}
