import { describe, expect, it } from 'vitest';
import { coverageAt } from './fixtures/smallDataset';
import { fakeCoverage, place } from './fixtures/fakeCoverage';
import { getIndicatorTotals } from './totals';
import { INDICATORS, type CategoryId } from './indicators';

const only = (...codes: string[]) => (item: { municipality: { code: string } }) => codes.includes(item.municipality.code);

describe('totals of an area', () => {
  const coverage = coverageAt('2020-Q4');

  it.each([
    // [indicator, codes, municipalities covered/total, organisations participating/total, open IDO locations]
    ['ido', ['GM0001'], [1, 1], [1, 1], 1],
    ['ido', ['GM0001', 'GM0002', 'GM0003'], [2, 3], [1, 2], 2],
    ['sek', ['GM0003'], [1, 1], [1, 1], 0],
    ['belastingdienst', ['GM0002'], [1, 1], [1, 1], 1],
    ['combined', ['GM0001', 'GM0003'], [1, 2], [2, 2], 1],
  ] as const)('%s in %j: municipalities, organisations serving or registering there, IDO locations', (indicator, codes, municipalities, organisations, locations) => {
    const totals = getIndicatorTotals(coverage, indicator, only(...codes));
    expect([totals.municipalities.covered, totals.municipalities.total]).toEqual(municipalities);
    expect([totals.organisations!.participating, totals.organisations!.total]).toEqual(organisations);
    expect(totals.openIdoLocations).toBe(locations);
  });

  it('adds up over a partition to the national municipality and residents counts', () => {
    for (const indicator of INDICATORS) {
      const national = getIndicatorTotals(coverage, indicator);
      const parts = [only('GM0001'), only('GM0002', 'GM0003')].map((include) => getIndicatorTotals(coverage, indicator, include));
      expect(parts.reduce((sum, p) => sum + p.municipalities.covered, 0)).toBe(national.municipalities.covered);
      expect(parts.reduce((sum, p) => sum + p.population.covered, 0)).toBe(national.population.covered);
      expect(parts.reduce((sum, p) => sum + p.openIdoLocations!, 0)).toBe(national.openIdoLocations);
      for (const [category, count] of national.categoryCounts) expect(parts.reduce((sum, p) => sum + (p.categoryCounts.get(category) ?? 0), 0)).toBe(count);
    }
  });

  describe('edge cases', () => {
    it('an empty area has zero totals, not an error', () => {
      const totals = getIndicatorTotals(coverage, 'ido', () => false);
      expect(totals.municipalities).toEqual({ covered: 0, total: 0, noData: 0 });
      expect(totals.organisations).toEqual({ participating: 0, total: 0 });
    });

    it('counts covered municipalities without a population apart from the residents', () => {
      const fake = fakeCoverage(0, [
        { municipality: place('GM0001', null), categories: { ido: 'ido-in-municipality' } },
        { municipality: place('GM0002', 500), categories: { ido: 'ido-in-municipality' } },
        { municipality: place('GM0003', 700) },
      ]);
      expect(getIndicatorTotals(fake, 'ido', () => true).population).toEqual({ covered: 500, total: 1200, coveredUnknown: 1, totalUnknown: 1, merged: 0, mergeGroups: 0 });
    });

    it('has no organisation count and no IDO locations for a programme not registered in the quarter (no data, not zero)', () => {
      // The fixture registers SEK from 2020-Q3: before, SEK and the combined view have no data.
      const early = coverageAt('2020-Q1');
      expect(getIndicatorTotals(early, 'sek').organisations).toBeNull();
      expect(getIndicatorTotals(early, 'combined').organisations).toBeNull();
      // IDO is registered: V1 opened in 2019-Q4, so one of the two organisations takes part.
      expect(getIndicatorTotals(early, 'ido').organisations).toEqual({ participating: 1, total: 2 });
      const noIdo = fakeCoverage(0, [{ municipality: place('GM0001') }], { registered: { ido: false, sek: true, belastingdienst: true } });
      expect(getIndicatorTotals(noIdo, 'ido').openIdoLocations).toBeNull();
    });
  });

  describe('residents of a pure merge', () => {
    const group = { codes: ['GM0002', 'GM0003'], successorCode: 'GM0004', successorName: 'Dalfsen-Noord', population: 50_000 };
    const rows = (second: CategoryId, third: CategoryId) => [
      { municipality: place('GM0001', 10_000), categories: { ido: 'ido-in-municipality' as CategoryId } },
      { municipality: place('GM0002', null), categories: { ido: second } },
      { municipality: place('GM0003', null), categories: { ido: third } },
    ];

    it.each([
      // [categories of the two members, residents covered / known, merged, unknown]
      ['both reached: the successor’s residents count as reached', 'ido-in-municipality', 'ido-in-municipality', { covered: 60_000, total: 60_000, merged: 2, mergeGroups: 1, totalUnknown: 0, coveredUnknown: 0 }],
      ['both not reached: counted in the base only', 'none', 'none', { covered: 10_000, total: 60_000, merged: 2, mergeGroups: 1, totalUnknown: 0, coveredUnknown: 0 }],
      ['different categories: left out, and counted as unknown', 'ido-in-municipality', 'none', { covered: 10_000, total: 10_000, merged: 0, mergeGroups: 0, totalUnknown: 2, coveredUnknown: 1 }],
      ['both reached differently still differ in category: left out', 'ido-in-municipality', 'ido-elsewhere', { covered: 10_000, total: 10_000, merged: 0, mergeGroups: 0, totalUnknown: 2, coveredUnknown: 1 }],
    ] as const)('%s', (_name, second, third, expected) => {
      const coverage = fakeCoverage(0, rows(second, third), { mergeGroups: [group] });
      expect(getIndicatorTotals(coverage, 'ido').population).toEqual(expected);
    });

    it('leaves a group out of an area that holds only part of it', () => {
      const coverage = fakeCoverage(0, rows('none', 'none'), { mergeGroups: [group] });
      expect(getIndicatorTotals(coverage, 'ido', only('GM0001', 'GM0002')).population).toMatchObject({ total: 10_000, merged: 0, totalUnknown: 1 });
    });
  });
});
