import { describe, expect, it } from 'vitest';
import { idoStatusAt } from './coverage';
import { categoriesAt, coverageAt, index, q } from './fixtures/smallDataset';
import { getIndicatorTotals } from './totals';

describe('IDO status over time', () => {
  it.each([
    ['2019-Q1', null],
    ['2019-Q2', 'gepland'],
    ['2019-Q3', 'gepland'],
    ['2019-Q4', 'open'],
    ['2023-Q1', 'open'],
  ] as const)('V1 in %s is %s', (key, status) => {
    expect(idoStatusAt(index.idoChangesByLocation.get('V1'), q(key))).toBe(status);
  });
});

describe('IDO categories', () => {
  it.each([
    ['2019-Q1', 'GM0001', 'none'],
    ['2019-Q2', 'GM0001', 'ido-planned'],
    ['2019-Q2', 'GM0002', 'ido-planned'], // same organisation plans a desk elsewhere
    ['2019-Q4', 'GM0001', 'ido-in-municipality'],
    ['2019-Q4', 'GM0002', 'ido-elsewhere'],
    ['2019-Q4', 'GM0003', 'no-data'], // no organisation registered: unknown, not "none"
    ['2020-Q4', 'GM0002', 'ido-in-municipality'],
    ['2021-Q1', 'GM0004', 'ido-in-municipality'], // the merged municipality inherits V2 through the lineage
    ['2021-Q3', 'GM0004', 'ido-elsewhere'], // V2 closed; ORG1 still has V1
  ] as const)('%s %s → %s', (key, code, category) => {
    expect(categoriesAt(key, code).ido).toBe(category);
  });
});

describe('SEK, Belastingdienst and combined categories', () => {
  it('is no-data before the SEK registration starts, even where nothing would be found', () => {
    expect(categoriesAt('2020-Q2', 'GM0001').sek).toBe('no-data');
    expect(categoriesAt('2020-Q3', 'GM0001').sek).toBe('none');
    expect(categoriesAt('2020-Q3', 'GM0003').sek).toBe('sek-national');
  });

  it('follows the convenant period of the serving organisation', () => {
    expect(categoriesAt('2020-Q4', 'GM0001').belastingdienst).toBe('bd-partner');
    expect(categoriesAt('2021-Q1', 'GM0001').belastingdienst).toBe('none');
    expect(categoriesAt('2020-Q4', 'GM0003').belastingdienst).toBe('no-data');
  });

  it('counts the programmes reaching a municipality, or no-data when one is unknown', () => {
    expect(categoriesAt('2020-Q2', 'GM0001').combined).toBe('no-data');
    expect(categoriesAt('2020-Q4', 'GM0001').combined).toBe('reach-2'); // IDO + convenant
    expect(categoriesAt('2021-Q1', 'GM0004').combined).toBe('reach-2'); // IDO + SEK (via GM0003)
    expect(categoriesAt('2021-Q3', 'GM0004').combined).toBe('reach-1');
  });
});

describe('totals', () => {
  it('counts categories, municipalities, residents and organisations from the same coverage', () => {
    const totals = getIndicatorTotals(coverageAt('2021-Q1'), 'ido');
    expect(totals.categoryCounts.get('ido-in-municipality')).toBe(2);
    expect(totals.municipalities).toEqual({ covered: 2, total: 2, noData: 0 });
    expect(totals.population).toEqual({ covered: 60_000, total: 60_000, coveredUnknown: 0, totalUnknown: 0, merged: 0, mergeGroups: 0 });
    expect(totals.organisations).toEqual({ participating: 1, total: 2 });
    expect(totals.openIdoLocations).toBe(2);
  });

  it('reports residents of municipalities with an unknown population instead of guessing them', () => {
    const totals = getIndicatorTotals(coverageAt('2020-Q4'), 'ido');
    expect(totals.municipalities.covered).toBe(2);
    expect(totals.population.covered).toBe(10_000);
    expect(totals.population.coveredUnknown).toBe(1);
    expect(totals.population.totalUnknown).toBe(2);
  });

  it('category counts add up to the number of municipalities for every indicator', () => {
    for (const key of ['2019-Q1', '2020-Q3', '2021-Q4']) {
      for (const indicator of ['ido', 'sek', 'belastingdienst', 'combined'] as const) {
        const totals = getIndicatorTotals(coverageAt(key), indicator);
        const sum = [...totals.categoryCounts.values()].reduce((a, b) => a + b, 0);
        expect(sum).toBe(totals.municipalities.total);
      }
    }
  });
});

describe('edge cases', () => {
  it('gives the per-100,000 figure only where the population is known', () => {
    const coverage = coverageAt('2020-Q4');
    expect(coverage.byCode.get('GM0001')!.idoPer100k).toBe(10);
    expect(coverage.byCode.get('GM0002')!.idoPer100k).toBeNull();
  });
});
