import { describe, expect, it } from 'vitest';
import { defaultGeoDir, readSharedGeo } from '../../../../scripts/lib/readSharedGeo';
import { parseQuarterKey } from '../../domain/quarter';
import type { DataProblem, Organisation } from '../../domain/types';
import { CsvTable } from '../csvTable';
import { DATASET_COLUMNS } from '../datasetSchema';
import { RowChecks } from '../rowChecks';
import { readTaxPartnerships } from './taxPartnerships';

const { index: geo } = readSharedGeo(defaultGeoDir());
const q = (key: string) => parseQuarterKey(key)!;
const organisation: Organisation = { id: 'ORG1', name: 'Noord', from: q('2020-Q1'), to: q('2022-Q1'), successorId: null };
const organisations = { byId: new Map([['ORG1', organisation]]), lines: new Map([['ORG1', 2]]) };

function read(body: string) {
  const problems: DataProblem[] = [];
  const table = new CsvTable('belastingdienst.csv', 'organisatie_id,vanaf,tot\n' + body, DATASET_COLUMNS['belastingdienst.csv'], problems);
  return { partnerships: readTaxPartnerships(table, { checks: new RowChecks(geo), tick: () => undefined }, organisations), problems };
}

describe('readTaxPartnerships', () => {
  it('reads periods given as dates', () => {
    const { partnerships, problems } = read('ORG1,15-1-2020,1-7-2021\n');
    expect(problems).toEqual([]);
    expect(partnerships).toEqual([{ organisationId: 'ORG1', from: q('2020-Q1'), to: q('2021-Q3') }]);
  });

  describe('bad input', () => {
    it('rejects a period past the end of the organisation and overlapping participations', () => {
      const { partnerships, problems } = read('ORG1,2020-Q1,2023-Q1\nORG1,2020-Q1,2021-Q1\nORG1,2020-Q3,2021-Q1\n');
      expect(partnerships).toHaveLength(1);
      expect(problems.map((p) => [p.kind, p.row])).toEqual([['outside-period', 2], ['overlapping-period', 4]]);
    });
  });
});
