/**
 * Each boundary version as the build serves it carries only the codes; the
 * app names its municipalities and their provinces from index.json
 * (withIndexNames) and draws the province borders where municipalities of
 * two provinces meet. Together they must give exactly what the shared files
 * say.
 */
import { describe, expect, it } from 'vitest';
import { meshArcs } from 'topojson-client';
import type { GeometryCollection } from 'topojson-specification';
import { servedTopology } from '../../scripts/build-geo';
import { onCoarserGrid } from '../../scripts/lib/coarserGrid';
import { defaultGeoDir, readSharedGeo } from '../../scripts/lib/readSharedGeo';
import { topologyToLayers, withIndexNames, type MunicipalityProperties } from '../../src/lib/data/topologyToLayers';

const { index, topologies } = readSharedGeo(defaultGeoDir());

describe('the boundaries as served, named from the geo index', () => {
  it.each(index.versions.map((version) => version.id))('%s: the file has only codes, and the app gets the shared names and provinces back', (id) => {
    const version = index.versions.find((v) => v.id === id)!;
    const source = topologies.get(id)!;
    const served = servedTopology(source);
    const servedGeometries = (served.objects['gemeenten'] as GeometryCollection).geometries;
    expect(new Set(servedGeometries.flatMap((g) => Object.keys(g.properties ?? {})))).toEqual(new Set(['code']));
    expect(Object.keys(served.objects)).toEqual(['gemeenten']);

    const sourceProperties = (source.objects['gemeenten'] as GeometryCollection).geometries.map((g) => {
      const { code, name, province } = g.properties as MunicipalityProperties;
      return { code, name, province };
    });
    expect(topologyToLayers(withIndexNames(served, version), id).properties).toEqual(sourceProperties);
  });

  it.each(index.versions.map((version) => version.id))('%s: the province borders drawn from the municipalities are the arcs of the provinces the shared file has', (id) => {
    const version = index.versions.find((v) => v.id === id)!;
    const source = onCoarserGrid(topologies.get(id)!);
    const arcsOf = (lines: { arcs: number[][] }) => new Set(lines.arcs.flat().map((arc) => (arc < 0 ? ~arc : arc)));
    const fromProvinces = arcsOf(meshArcs(source, source.objects['provincies'] as GeometryCollection));
    const fromMunicipalities = arcsOf(topologyToLayers(withIndexNames(servedTopology(topologies.get(id)!), version), id).provinceBorderArcs);
    expect(fromProvinces.size).toBeGreaterThan(300);
    expect(fromMunicipalities).toEqual(fromProvinces);
  });

  it('keeps what a file says for a code the index does not list, and falls back to the code', () => {
    const topology = {
      type: 'Topology',
      arcs: [],
      objects: {
        gemeenten: { type: 'GeometryCollection', geometries: [{ type: null, properties: { code: 'GM9998', name: 'Eigen naam', province: 'PV99' } }, { type: null, properties: { code: 'GM9999' } }] },
        provincies: { type: 'GeometryCollection', geometries: [] },
      },
    } as never;
    const named = withIndexNames(topology, { municipalities: [] });
    expect((named.objects['gemeenten'] as GeometryCollection<MunicipalityProperties>).geometries.map((g) => g.properties)).toEqual([
      { code: 'GM9998', name: 'Eigen naam', province: 'PV99' },
      { code: 'GM9999', name: 'GM9999', province: '' },
    ]);
  });
});
