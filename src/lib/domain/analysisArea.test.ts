import { describe, expect, it } from 'vitest';
import { areaMembers, inArea } from './analysisArea';
import { coverageAt, fixtureResolver, q } from './fixtures/smallDataset';

// The fixture: GM0002 and GM0003 merge into GM0004 on 2021-01-01.
describe('area members per quarter', () => {
  it.each([
    ['a province: its municipalities of that quarter', { kind: 'province', code: 'PV01' }, '2020-Q4', ['GM0001', 'GM0002', 'GM0003']],
    ['a province after a merger', { kind: 'province', code: 'PV01' }, '2021-Q1', ['GM0001', 'GM0004']],
    ['a municipality in its own quarter', { kind: 'municipality', code: 'GM0004', quarter: q('2021-Q2') }, '2021-Q2', ['GM0004']],
    ['a merged municipality before the merger: its predecessors', { kind: 'municipality', code: 'GM0004', quarter: q('2021-Q2') }, '2020-Q4', ['GM0002', 'GM0003']],
    ['a municipality after it merged: what it became', { kind: 'municipality', code: 'GM0003', quarter: q('2020-Q1') }, '2021-Q3', ['GM0004']],
    ['an unchanged municipality in any quarter: itself', { kind: 'municipality', code: 'GM0001', quarter: q('2021-Q4') }, '2019-Q1', ['GM0001']],
  ] as const)('%s', (_, area, quarter, expected) => {
    expect([...areaMembers(area, coverageAt(quarter), fixtureResolver)].sort()).toEqual(expected);
  });

  describe('edge cases', () => {
    it('an unknown province or municipality has no members', () => {
      expect(areaMembers({ kind: 'province', code: 'PV99' }, coverageAt('2020-Q4'), fixtureResolver).size).toBe(0);
      expect(areaMembers({ kind: 'municipality', code: 'GM9999', quarter: q('2020-Q4') }, coverageAt('2020-Q4'), fixtureResolver).size).toBe(0);
    });

    it('a filter that keeps exactly the members', () => {
      const coverage = coverageAt('2020-Q4');
      const keep = inArea({ kind: 'municipality', code: 'GM0004', quarter: q('2021-Q1') }, coverage, fixtureResolver);
      expect(coverage.municipalities.filter(keep).map((m) => m.municipality.code)).toEqual(['GM0002', 'GM0003']);
    });
  });
});
