import { describe, expect, it } from 'vitest';
import { changeCategory, changeGroups, compareQuarters, countChanges, type ReachStatus } from './changeComparison';
import { fakeCoverage, place } from './fixtures/fakeCoverage';
import { coverageAt, fixtureResolver, q } from './fixtures/smallDataset';
import { CHANGE_CATEGORIES } from './indicators';

describe('change category', () => {
  it.each<[ReachStatus, ReachStatus, string]>([
    ['not-reached', 'reached', 'change-new'],
    ['reached', 'not-reached', 'change-stopped'],
    ['reached', 'reached', 'change-kept'],
    ['not-reached', 'not-reached', 'change-none'],
    ['unknown', 'reached', 'no-data'],
    ['reached', 'unknown', 'no-data'],
    ['unknown', 'unknown', 'no-data'],
  ])('%s → %s is %s', (earlier, later, expected) => {
    expect(changeCategory(earlier, later)).toBe(expected);
  });
});

describe('comparing two quarters of the fixture (GM0002 + GM0003 → GM0004 in 2021)', () => {
  it('compares a merged municipality with its predecessors', () => {
    // IDO 2020-Q4: GM0002 has a desk, GM0003 has no data; 2021-Q1: GM0004 has the desk.
    const comparison = compareQuarters(coverageAt('2021-Q1'), coverageAt('2020-Q4'), 'ido', fixtureResolver);
    expect(comparison.changes.map((c) => [c.municipality.code, c.category, c.comparedWith])).toEqual([
      ['GM0001', 'change-kept', []],
      ['GM0004', 'change-kept', ['GM0002', 'GM0003']],
    ]);
    expect([comparison.earlier, comparison.later, comparison.shown]).toEqual([q('2020-Q4'), q('2021-Q1'), q('2021-Q1')]);
  });

  it('compares the other way round (an earlier quarter on the map) with what each became', () => {
    const comparison = compareQuarters(coverageAt('2020-Q4'), coverageAt('2021-Q3'), 'ido', fixtureResolver);
    // 2021-Q3: the desk in GM0004 closed (GM0004 is "IDO elsewhere"): GM0002 and GM0003 are compared with GM0004.
    expect(comparison.changes.map((c) => [c.municipality.code, c.earlier, c.later, c.category, c.comparedWith])).toEqual([
      ['GM0001', 'reached', 'reached', 'change-kept', []],
      ['GM0002', 'reached', 'not-reached', 'change-stopped', ['GM0004']],
      ['GM0003', 'unknown', 'not-reached', 'no-data', ['GM0004']],
    ]);
  });

  it('counts municipalities and residents per category, in legend order', () => {
    const comparison = compareQuarters(coverageAt('2021-Q3'), coverageAt('2020-Q4'), 'ido', fixtureResolver);
    expect(countChanges(comparison).map((c) => [c.category, c.municipalities, c.population, c.populationUnknown])).toEqual([
      ['change-new', 0, 0, 0],
      ['change-stopped', 1, 50_000, 0],
      ['change-kept', 1, 10_000, 0],
      ['change-none', 0, 0, 0],
      ['no-data', 0, 0, 0],
    ]);
    expect(countChanges(comparison).map((c) => c.category)).toEqual([...CHANGE_CATEGORIES]);
  });

  it('counts only the municipalities the filter keeps', () => {
    const comparison = compareQuarters(coverageAt('2021-Q3'), coverageAt('2020-Q4'), 'ido', fixtureResolver);
    expect(countChanges(comparison, (code) => code === 'GM0001').reduce((sum, c) => sum + c.municipalities, 0)).toBe(1);
  });
});

describe('edge cases', () => {
  const resolveSame = { ...fixtureResolver, resolve: (code: string) => [{ code, areaShare: 1 }] };

  it('the same quarter on both sides is all unchanged', () => {
    const coverage = coverageAt('2020-Q4');
    const categories = compareQuarters(coverage, coverage, 'ido', fixtureResolver).changes.map((c) => c.category);
    expect(categories).toEqual(['change-kept', 'change-kept', 'no-data']);
  });

  it('several predecessors: reached when any was, not reached only when all are known to be not reached', () => {
    const earlier = fakeCoverage(q('2020-Q4'), [
      { municipality: place('GM0002'), categories: { sek: 'none' } },
      { municipality: place('GM0003'), categories: { sek: 'no-data' } },
      { municipality: place('GM0005'), categories: { sek: 'none' } },
      { municipality: place('GM0006'), categories: { sek: 'sek-local' } },
    ]);
    const merged = { ...fixtureResolver, resolve: (code: string) => [{ code: code === 'GM0002' || code === 'GM0003' ? 'GM0004' : code === 'GM0006' ? 'GM0005' : code, areaShare: 1 }] };
    const later = fakeCoverage(q('2021-Q1'), [
      { municipality: place('GM0004'), categories: { sek: 'sek-national' } },
      { municipality: place('GM0005'), categories: { sek: 'none' } },
    ]);
    const changes = compareQuarters(later, earlier, 'sek', merged).changes;
    // GM0004 ← none + no data: unknown before; GM0005 ← none + local: reached before, not now.
    expect(changes.map((c) => [c.municipality.code, c.earlier, c.category])).toEqual([
      ['GM0004', 'unknown', 'no-data'],
      ['GM0005', 'reached', 'change-stopped'],
    ]);
  });

  it('a municipality without any counterpart is no data (nothing to compare with)', () => {
    const earlier = fakeCoverage(q('2020-Q4'), []);
    const later = fakeCoverage(q('2021-Q1'), [{ municipality: place('GM0009'), categories: { ido: 'ido-in-municipality' } }]);
    expect(compareQuarters(later, earlier, 'ido', resolveSame).changes[0]!.category).toBe('no-data');
  });

  it('counts residents of municipalities without a known population apart', () => {
    const earlier = fakeCoverage(q('2020-Q4'), [{ municipality: place('GM0001', null) }, { municipality: place('GM0002', 400) }]);
    const later = fakeCoverage(q('2021-Q1'), [
      { municipality: place('GM0001', null), categories: { ido: 'ido-in-municipality' } },
      { municipality: place('GM0002', 400), categories: { ido: 'ido-in-municipality' } },
    ]);
    const counts = countChanges(compareQuarters(later, earlier, 'ido', resolveSame));
    expect(counts.find((c) => c.category === 'change-new')).toEqual({ category: 'change-new', municipalities: 2, population: 400, populationUnknown: 1 });
  });
});

describe('the four change groups listed', () => {
  const comparison = compareQuarters(coverageAt('2021-Q3'), coverageAt('2020-Q4'), 'ido', fixtureResolver);

  it('lists every municipality with data in exactly one of newly reached, no longer reached, still reached, still not reached', () => {
    const groups = changeGroups(comparison);
    expect(Object.keys(groups)).toEqual(['change-new', 'change-stopped', 'change-kept', 'change-none']);
    const listed = Object.values(groups).flat().map((c) => c.municipality.code).sort();
    expect(listed).toEqual(comparison.changes.filter((c) => c.category !== 'no-data').map((c) => c.municipality.code).sort());
    for (const [category, list] of Object.entries(groups)) for (const change of list) expect(change.category).toBe(category);
  });

  it('counts the same as countChanges', () => {
    const groups = changeGroups(comparison);
    for (const count of countChanges(comparison)) if (count.category !== 'no-data') expect(groups[count.category].length).toBe(count.municipalities);
  });

  it('lists the most residents first and unknown residents last', () => {
    const coverage = fakeCoverage(0, [
      { municipality: place('GM0001', null, 'PV01', 'Aa') },
      { municipality: place('GM0002', 500, 'PV01', 'Bb') },
      { municipality: place('GM0003', 900, 'PV01', 'Cc') },
    ]);
    const identityResolver = { ...fixtureResolver, resolve: (code: string) => [{ code, areaShare: 1 }] };
    const still = changeGroups(compareQuarters(coverage, coverage, 'ido', identityResolver))['change-none'];
    expect(still.map((c) => c.municipality.name)).toEqual(['Cc', 'Bb', 'Aa']);
  });
});
