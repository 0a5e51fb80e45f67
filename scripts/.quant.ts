import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { quantize, transform as makeTransform } from 'topojson-client';
const topo = JSON.parse(readFileSync('public/generated/geo/gemeenten-2023-01-01.topojson', 'utf8'));
const tf = makeTransform(topo.transform);
const arcs = topo.arcs.map((arc: number[][]) => { const t = makeTransform(topo.transform); return arc.map((p, i) => t(p.slice(), i)); });
const raw = { ...topo, arcs }; delete raw.transform;
const gz = (o: unknown) => { const s = JSON.stringify(o); return `${Math.round(s.length / 1024)} KB raw, ${(gzipSync(s, { level: 9 }).length / 1024).toFixed(1)} KB gz`; };
console.log('as is', gz(topo));
const [x0, y0, x1, y1] = topo.bbox;
for (const n of [1e5, 3e4, 2e4, 1e4, 5e3]) {
  const q = quantize(raw, { scale: [(x1 - x0) / (n - 1), (y1 - y0) / (n - 1)], translate: [x0, y0] });
  console.log(n, gz(q), 'grid m', Math.round(((x1 - x0) / n) * 111000 * Math.cos(52 * Math.PI / 180)), Math.round(((y1 - y0) / n) * 111000));
}
