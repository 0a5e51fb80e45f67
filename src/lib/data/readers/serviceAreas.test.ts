import { describe, expect, it } from 'vitest';
import { defaultGeoDir, readSharedGeo } from '../../../../scripts/lib/readSharedGeo';
import { parseQuarterKey } from '../../domain/quarter';
import type { DataProblem, Organisation } from '../../domain/types';
import { CsvTable } from '../csvTable';
import { DATASET_COLUMNS } from '../datasetSchema';
import { RowChecks } from '../rowChecks';
import { readServiceAreas } from './serviceAreas';

const { index: geo } = readSharedGeo(defaultGeoDir());
const q = (key: string) => parseQuarterKey(key)!;
const organisation: Organisation = { id: 'ORG1', name: 'Noord', from: q('2020-Q1'), to: q('2022-Q1'), successorId: null };
const organisations = { byId: new Map([['ORG1', organisation]]), lines: new Map([['ORG1', 2]]) };

function read(body: string) {
  const problems: DataProblem[] = [];
  const table = new CsvTable('werkgebieden.csv', 'organisatie_id;gemeente_code;vanaf;tot\n' + body, DATASET_COLUMNS['werkgebieden.csv'], problems);
  return { areas: readServiceAreas(table, { checks: new RowChecks(geo), tick: () => undefined }, organisations), problems };
}

describe('readServiceAreas', () => {
  it('reads a code in any usual form or a name, with its period', () => {
    const { areas, problems } = read('ORG1;363;2020-Q1;2020-Q3\nORG1;Amsterdam;2020-Q3;2021-Q3\n');
    expect(areas).toEqual([
      { organisationId: 'ORG1', municipalityCode: 'GM0363', from: q('2020-Q1'), to: q('2020-Q3') },
      { organisationId: 'ORG1', municipalityCode: 'GM0363', from: q('2020-Q3'), to: q('2021-Q3') },
    ]);
    expect(problems).toEqual([expect.objectContaining({ kind: 'municipality-by-name', severity: 'info', row: 3, params: { code: 'GM0363' } })]);
  });

  describe('bad input', () => {
    it('rejects an unknown organisation, a period outside the organisation and an overlap of the same werkgebied', () => {
      const { areas, problems } = read('ORG9;GM0363;2020-Q1;2021-Q1\nORG1;GM0363;2020-Q1;2023-Q1\nORG1;GM0363;2020-Q1;2021-Q1\nORG1;GM0363;2020-Q4;2021-Q1\n');
      expect(areas).toHaveLength(1);
      expect(problems.map((p) => [p.kind, p.row])).toEqual([['unknown-organisation', 2], ['outside-period', 3], ['overlapping-period', 5]]);
    });

    it('rejects a municipality that did not exist yet when the row starts', () => {
      const { areas, problems } = read('ORG1;GM1979;2020-Q1;2021-Q1\n');
      expect(areas).toEqual([]);
      expect(problems).toEqual([expect.objectContaining({ kind: 'municipality-not-yet', row: 2, column: 'gemeente_code' })]);
    });
  });
});
