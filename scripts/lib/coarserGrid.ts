/**
 * The boundary files on a coarser grid. The shared TopoJSON is quantised to a
 * grid of 100,000 steps across the country (about 3 m), finer than its own
 * simplification (a few hundred metres between points) and than the map ever
 * shows: at the deepest zoom (12) a pixel is about 12 m. On a grid of 20,000
 * steps (about 13 m east–west, 16 m north–south: one pixel at the deepest
 * zoom) each version is some 4 KB (gzip) smaller, which every first visit
 * and every embed downloads. Arcs stay shared, so neighbours still meet
 * without gaps.
 */
import { quantize, transform as pointTransform } from 'topojson-client';
import type { Objects, Topology } from 'topojson-specification';

export const BOUNDARY_GRID_STEPS = 20_000;

/** The same topology, its arcs on a grid of `steps` × `steps` over its bounding box. */
export function onCoarserGrid(topology: Topology, steps = BOUNDARY_GRID_STEPS): Topology {
  if (!topology.transform || !topology.bbox) throw new Error('onCoarserGrid: a quantised topology with a bbox is expected');
  const arcs = topology.arcs.map((arc) => {
    // A fresh decoder per arc: arcs are delta-encoded from their own first point.
    const decode = pointTransform(topology.transform!);
    // The index tells the decoder where the arc starts (its typing says boolean; topojson-client tests `if (i)`).
    return arc.map((position, i) => decode(position.slice(), i as unknown as boolean));
  });
  const { transform: _quantised, ...rest } = topology;
  const [x0, y0, x1, y1] = topology.bbox as [number, number, number, number];
  return quantize({ ...rest, arcs } as Topology<Objects<object>>, { scale: [(x1 - x0) / (steps - 1), (y1 - y0) / (steps - 1)], translate: [x0, y0] });
}
