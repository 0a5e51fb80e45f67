import { describe, expect, it } from 'vitest';
import { defaultGeoDir, readSharedGeo } from '../../../../scripts/lib/readSharedGeo';
import { parseQuarterKey } from '../../domain/quarter';
import type { DataProblem, Organisation } from '../../domain/types';
import { CsvTable } from '../csvTable';
import { DATASET_COLUMNS } from '../datasetSchema';
import { RowChecks } from '../rowChecks';
import { readSekParticipations } from './sekParticipations';

const { index: geo } = readSharedGeo(defaultGeoDir());
const q = (key: string) => parseQuarterKey(key)!;
const organisation: Organisation = { id: 'ORG1', name: 'Noord', from: q('2020-Q1'), to: null, successorId: null };
const organisations = { byId: new Map([['ORG1', organisation]]), lines: new Map([['ORG1', 2]]) };

function read(body: string) {
  const problems: DataProblem[] = [];
  const table = new CsvTable('sek.csv', 'gemeente_code\torganisatie_id\tvariant\tvanaf\ttot\n' + body, DATASET_COLUMNS['sek.csv'], problems);
  return { participations: readSekParticipations(table, { checks: new RowChecks(geo), tick: () => undefined }, organisations), problems };
}

describe('readSekParticipations', () => {
  it('reads a tab-separated participation with its variant in any case', () => {
    const { participations, problems } = read('GM0363\tORG1\tLokaal\t2020-Q3\t\n');
    expect(problems).toEqual([]);
    expect(participations).toEqual([{ municipalityCode: 'GM0363', organisationId: 'ORG1', variant: 'lokaal', from: q('2020-Q3'), to: null }]);
  });

  describe('bad input', () => {
    it('rejects a variant not in the list and the same pair twice in one quarter', () => {
      const { participations, problems } = read('GM0363\tORG1\tnationaal\t2020-Q3\t\nGM0363\tORG1\tlandelijk\t2020-Q3\t2021-Q1\nGM0363\tORG1\tlokaal\t2020-Q4\t\n');
      expect(participations).toHaveLength(1);
      expect(problems.map((p) => [p.kind, p.row])).toEqual([['bad-variant', 2], ['overlapping-period', 4]]);
    });
  });
});
