import { describe, expect, it } from 'vitest';
import { defaultGeoDir, readSharedGeo } from '../../../../scripts/lib/readSharedGeo';
import { parseQuarterKey } from '../../domain/quarter';
import type { DataProblem } from '../../domain/types';
import { CsvTable } from '../csvTable';
import { DATASET_COLUMNS } from '../datasetSchema';
import { RowChecks } from '../rowChecks';
import { readOrganisations } from './organisations';

const { index: geo } = readSharedGeo(defaultGeoDir());
const q = (key: string) => parseQuarterKey(key)!;
const header = 'organisatie_id,naam,vanaf,tot,opvolger_id\n';

function read(body: string) {
  const problems: DataProblem[] = [];
  let ticks = 0;
  const table = new CsvTable('organisaties.csv', header + body, DATASET_COLUMNS['organisaties.csv'], problems);
  const result = readOrganisations(table, { checks: new RowChecks(geo), tick: () => ticks++ });
  return { ...result, problems, ticks };
}

describe('readOrganisations', () => {
  it('reads each organisation with its period and successor, and indexes it by id with its row', () => {
    const { organisations, index, problems, ticks } = read('ORG1,Noord,2020-Q1,2021-Q1,ORG2\nORG2,Zuid,2020 K1,,\n');
    expect(problems).toEqual([]);
    expect(organisations).toEqual([
      { id: 'ORG1', name: 'Noord', from: q('2020-Q1'), to: q('2021-Q1'), successorId: 'ORG2' },
      { id: 'ORG2', name: 'Zuid', from: q('2020-Q1'), to: null, successorId: null },
    ]);
    expect(index.lines.get('ORG2')).toBe(3);
    expect(ticks).toBe(2);
  });

  describe('bad input', () => {
    it('reports a second row with the same id, naming the first, and keeps the first', () => {
      const { organisations, problems } = read('ORG1,Noord,2020-Q1,,\nORG1,Zuid,2020-Q1,,\n');
      expect(organisations.map((o) => o.name)).toEqual(['Noord']);
      expect(problems).toEqual([expect.objectContaining({ kind: 'duplicate-id', row: 3, column: 'organisatie_id', params: { id: 'ORG1', line: 2 } })]);
    });

    it('keeps an organisation whose successor is unknown, with a warning', () => {
      const { organisations, problems } = read('ORG1,Noord,2020-Q1,2021-Q1,ORG9\n');
      expect(organisations[0]!.successorId).toBeNull();
      expect(problems).toEqual([expect.objectContaining({ kind: 'unknown-organisation', severity: 'warning', row: 2, column: 'opvolger_id', value: 'ORG9' })]);
    });

    it('leaves out a row with an empty name or an end before its start', () => {
      const { organisations, problems } = read('ORG1,,2020-Q1,,\nORG2,Zuid,2021-Q1,2020-Q1,\n');
      expect(organisations).toEqual([]);
      expect(problems.map((p) => [p.kind, p.row])).toEqual([['empty-value', 2], ['period-order', 3]]);
    });
  });
});
