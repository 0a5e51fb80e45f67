import { describe, expect, it } from 'vitest';
import { defaultGeoDir, readSharedGeo } from '../../../../scripts/lib/readSharedGeo';
import { parseQuarterKey } from '../../domain/quarter';
import type { DataProblem, Organisation } from '../../domain/types';
import { CsvTable } from '../csvTable';
import { DATASET_COLUMNS } from '../datasetSchema';
import { shapesFromTopology } from '../municipalityShapes';
import { RowChecks } from '../rowChecks';
import { readLocations } from './locations';

const { index: geo, topologies } = readSharedGeo(defaultGeoDir());
const shapes = new Map([...topologies].map(([id, topology]) => [id, shapesFromTopology(topology)]));
const q = (key: string) => parseQuarterKey(key)!;
const organisation: Organisation = { id: 'ORG2', name: 'OBA', from: q('2020-Q1'), to: null, successorId: null };
const organisations = { byId: new Map([['ORG2', organisation]]), lines: new Map([['ORG2', 2]]) };

function read(body: string, withShapes = true) {
  const problems: DataProblem[] = [];
  const table = new CsvTable('vestigingen.csv', 'vestiging_id,organisatie_id,naam,gemeente_code,lon,lat,vanaf,tot\n' + body, DATASET_COLUMNS['vestigingen.csv'], problems);
  const locations = readLocations(table, { checks: new RowChecks(geo), tick: () => undefined }, organisations, withShapes ? (id) => shapes.get(id) : undefined);
  return { locations: locations.locations, problems };
}

describe('readLocations', () => {
  it('reads a location with its point (decimal comma too), municipality and period', () => {
    const { locations, problems } = read('V2,ORG2,OBA Oosterdok,GM0363,"4,9080","52,3760",2020-Q1,\n');
    expect(problems).toEqual([]);
    expect(locations).toEqual([{ id: 'V2', organisationId: 'ORG2', name: 'OBA Oosterdok', municipalityCode: 'GM0363', lon: 4.908, lat: 52.376, from: q('2020-Q1'), to: null }]);
  });

  describe('bad input', () => {
    it('rejects a point outside its municipality only when the shapes are given', () => {
      const row = 'V2,ORG2,OBA,GM0363,5.1214,52.0907,2020-Q1,\n';
      expect(read(row).problems).toEqual([expect.objectContaining({ kind: 'location-outside-municipality', row: 2, column: 'lon,lat' })]);
      expect(read(row, false).locations).toHaveLength(1);
    });

    it('says so when lon and lat look swapped, and names the coordinate that is out of range otherwise', () => {
      const { locations, problems } = read('V1,ORG2,A,GM0363,52.3760,4.9080,2020-Q1,\nV2,ORG2,B,GM0363,14.9,52.37,2020-Q1,\n');
      expect(locations).toEqual([]);
      expect(problems.map((p) => [p.message, p.row, p.column])).toEqual([['outside-netherlands.swapped', 2, 'lon,lat'], ['outside-netherlands.lon', 3, 'lon']]);
    });

    it('accepts one id in periods that do not overlap, and rejects an overlap as a duplicate id', () => {
      const { locations, problems } = read('V2,ORG2,A,GM0363,4.908,52.376,2020-Q1,2021-Q1\nV2,ORG2,A,GM0363,4.908,52.376,2021-Q1,\nV2,ORG2,A,GM0363,4.908,52.376,2021-Q2,\n');
      expect(locations).toHaveLength(2);
      expect(problems).toEqual([expect.objectContaining({ kind: 'duplicate-id', message: 'duplicate-id.location', row: 4 })]);
    });
  });
});
