import { describe, expect, it } from 'vitest';
import { quarterOf } from '../domain/quarter';
import type { Dataset } from '../domain/types';
import { switchDataset } from './datasetSwitch';

const dataset = (first: number, last: number, organisations: string[] = ['ORG1']): Dataset => ({
  meta: { name: '', source: '', isExample: false, firstQuarter: first, lastQuarter: last, registrationStart: { ido: first, sek: first, belastingdienst: first } },
  organisations: organisations.map((id) => ({ id, name: id, from: first, to: null, successorId: null })),
  serviceAreas: [],
  locations: [],
  idoStatusChanges: [],
  sekParticipations: [],
  taxPartnerships: [],
});
const q = quarterOf;

describe('switchDataset', () => {
  it.each([
    ['keeps a quarter inside the new range', q(2021, 2), q(2023, 4), dataset(q(2020, 1), q(2021, 4)), q(2021, 2), null],
    ['follows "newest" to the new last quarter', q(2023, 4), q(2023, 4), dataset(q(2020, 1), q(2021, 4)), q(2021, 4), null],
    ['moves a quarter before the new range to its first quarter, and says so', q(2019, 2), q(2023, 4), dataset(q(2020, 1), q(2021, 4)), q(2020, 1), { from: q(2019, 2), to: q(2020, 1) }],
    ['moves a quarter after the new range to its last quarter, and says so', q(2022, 3), q(2023, 4), dataset(q(2020, 1), q(2021, 4)), q(2021, 4), { from: q(2022, 3), to: q(2021, 4) }],
  ])('%s', (_name, quarter, lastQuarter, next, expected, moved) => {
    const result = switchDataset({ quarter, lastQuarter, selection: null }, next);
    expect(result.quarter).toBe(expected);
    expect(result.quarterMoved).toEqual(moved);
  });

  describe('edge cases', () => {
    it('keeps a municipality selection (the lineage maps it) and an organisation the new data has', () => {
      const view = { quarter: q(2021, 1), lastQuarter: q(2023, 4) };
      expect(switchDataset({ ...view, selection: { kind: 'municipality', code: 'GM0363' } }, dataset(q(2020, 1), q(2021, 4))).selection).toEqual({ kind: 'municipality', code: 'GM0363' });
      expect(switchDataset({ ...view, selection: { kind: 'organisation', id: 'ORG1', fromCode: null } }, dataset(q(2020, 1), q(2021, 4))).organisationGone).toBe(false);
    });
  });

  describe('bad input', () => {
    it('lets go of an organisation the new data does not have', () => {
      const result = switchDataset({ quarter: q(2021, 1), lastQuarter: q(2023, 4), selection: { kind: 'organisation', id: 'ORG9', fromCode: 'GM0363' } }, dataset(q(2020, 1), q(2021, 4)));
      expect(result.selection).toBeNull();
      expect(result.organisationGone).toBe(true);
    });
  });
});
