import { describe, expect, it } from 'vitest';
import { coverageAt } from './fixtures/smallDataset';
import { fakeCoverage, place } from './fixtures/fakeCoverage';
import { getIndicatorTotals } from './totals';
import { INDICATORS } from './indicators';

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
    expect([totals.organisations.participating, totals.organisations.total]).toEqual(organisations);
    expect(totals.openIdoLocations).toBe(locations);
  });

  it('adds up over a partition to the national municipality and residents counts', () => {
    for (const indicator of INDICATORS) {
      const national = getIndicatorTotals(coverage, indicator);
      const parts = [only('GM0001'), only('GM0002', 'GM0003')].map((include) => getIndicatorTotals(coverage, indicator, include));
      expect(parts.reduce((sum, p) => sum + p.municipalities.covered, 0)).toBe(national.municipalities.covered);
      expect(parts.reduce((sum, p) => sum + p.population.covered, 0)).toBe(national.population.covered);
      expect(parts.reduce((sum, p) => sum + p.openIdoLocations, 0)).toBe(national.openIdoLocations);
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
      expect(getIndicatorTotals(fake, 'ido', () => true).population).toEqual({ covered: 500, total: 1200, coveredUnknown: 1, totalUnknown: 1 });
    });
  });
});
