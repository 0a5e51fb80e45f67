import { describe, expect, it } from 'vitest';
import { defaultGeoDir, readSharedGeo } from '../../../../scripts/lib/readSharedGeo';
import { parseQuarterKey } from '../../domain/quarter';
import type { DataProblem, LibraryLocation } from '../../domain/types';
import { CsvTable } from '../csvTable';
import { DATASET_COLUMNS } from '../datasetSchema';
import { RowChecks } from '../rowChecks';
import { readIdoStatusChanges } from './idoStatus';

const { index: geo } = readSharedGeo(defaultGeoDir());
const q = (key: string) => parseQuarterKey(key)!;
const location: LibraryLocation = { id: 'V1', organisationId: 'ORG1', name: 'A', municipalityCode: 'GM0363', lon: 4.9, lat: 52.37, from: q('2020-Q1'), to: q('2021-Q1') };

function read(body: string) {
  const problems: DataProblem[] = [];
  const checks = new RowChecks(geo);
  const table = new CsvTable('ido.csv', 'vestiging_id,status,vanaf\n' + body, DATASET_COLUMNS['ido.csv'], problems);
  return { changes: readIdoStatusChanges(table, { checks, tick: () => undefined }, [location]), problems, checks };
}

describe('readIdoStatusChanges', () => {
  it('reads status changes in any case, and counts their quarters for the metadata', () => {
    const { changes, problems, checks } = read('V1,Gepland,2020-Q2\nV1,OPEN,2020-Q4\n');
    expect(problems).toEqual([]);
    expect(changes).toEqual([{ locationId: 'V1', status: 'gepland', from: q('2020-Q2') }, { locationId: 'V1', status: 'open', from: q('2020-Q4') }]);
    expect([checks.earliest, checks.latest]).toEqual([q('2020-Q2'), q('2020-Q4')]);
  });

  describe('bad input', () => {
    it.each([
      ['V1,geopend,2020-Q2', 'bad-status', 'status'],
      ['V9,open,2020-Q2', 'unknown-location', 'vestiging_id'],
      ['V1,open,2021-Q1', 'outside-period', 'vanaf'],
      ['V1,open,2020 Q5', 'bad-quarter', 'vanaf'],
    ])('%s is %s in column %s', (line, kind, column) => {
      const { changes, problems } = read(line + '\n');
      expect(changes).toEqual([]);
      expect(problems).toEqual([expect.objectContaining({ kind, row: 2, column })]);
    });

    it('rejects a second status for the same location and quarter, naming the first row', () => {
      const { changes, problems } = read('V1,open,2020-Q2\nV1,gesloten,2020-Q2\n');
      expect(changes).toHaveLength(1);
      expect(problems).toEqual([expect.objectContaining({ kind: 'duplicate-status', row: 3, params: expect.objectContaining({ line: 2 }) })]);
    });
  });
});
