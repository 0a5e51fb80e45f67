import { describe, expect, it } from 'vitest';
import { coverageAt } from './fixtures/smallDataset';
import { fakeCoverage, place } from './fixtures/fakeCoverage';
import { codesInRegion, getProvinceCoverage, getRegionTotals, inProvince, municipalityShare, populationShare, sortProvinceCoverage, type ProvinceCoverage } from './provinceCoverage';
import { getIndicatorTotals } from './totals';

// Three provinces: PV01 half covered (one unknown population), PV02 fully covered, PV03 nothing known about residents.
const coverage = fakeCoverage(0, [
  { municipality: place('GM0001', 1000, 'PV01'), categories: { ido: 'ido-in-municipality' } },
  { municipality: place('GM0002', null, 'PV01') },
  { municipality: place('GM0003', 3000, 'PV02'), categories: { ido: 'ido-in-municipality' } },
  { municipality: place('GM0004', null, 'PV03') },
]);
const names: Record<string, string> = { PV01: 'Noordland', PV02: 'Oostland', PV03: 'Aaland' };
const name = (code: string) => names[code]!;

describe('totals of a region, computed once per quarter', () => {
  it('are the totals of the whole country or of the province', () => {
    const real = coverageAt('2020-Q4');
    expect(getRegionTotals(real, 'sek', null)).toEqual(getIndicatorTotals(real, 'sek'));
    expect(getRegionTotals(real, 'ido', 'PV01')).toEqual(getIndicatorTotals(real, 'ido', inProvince('PV01')));
  });

  it('give the same object when asked again, and another for another indicator, region or quarter', () => {
    const real = coverageAt('2020-Q4');
    const national = getRegionTotals(real, 'ido', null);
    expect(getRegionTotals(real, 'ido', null)).toBe(national);
    expect(getRegionTotals(real, 'sek', null)).not.toBe(national);
    expect(getRegionTotals(real, 'ido', 'PV01')).not.toBe(national);
    expect(getRegionTotals(coverageAt('2021-Q1'), 'ido', null)).not.toBe(national);
    expect(getProvinceCoverage(real, 'ido')).toBe(getProvinceCoverage(real, 'ido'));
    expect(getProvinceCoverage(real, 'sek')).not.toBe(getProvinceCoverage(real, 'ido'));
  });
});

describe('coverage per province', () => {
  it('counts municipalities and known residents per province, ordered by code', () => {
    const rows = getProvinceCoverage(coverage, 'ido');
    expect(rows.map((r) => [r.provinceCode, r.municipalities.covered, r.municipalities.total, r.population.covered, r.population.total, r.population.totalUnknown])).toEqual([
      ['PV01', 1, 2, 1000, 1000, 1],
      ['PV02', 1, 1, 3000, 3000, 0],
      ['PV03', 0, 1, 0, 0, 1],
    ]);
  });

  it('is the national totals restricted to the province (one computation for bars, totals and CSV)', () => {
    const real = coverageAt('2020-Q4');
    for (const row of getProvinceCoverage(real, 'ido')) {
      const totals = getIndicatorTotals(real, 'ido', inProvince(row.provinceCode));
      expect(row.municipalities).toEqual(totals.municipalities);
      expect(row.population).toEqual(totals.population);
    }
  });

  it('gives the whole country for no province', () => {
    expect(inProvince(null)).toBeUndefined();
  });
});

describe('shares', () => {
  it.each([
    ['PV01', 0.5, 1],
    ['PV02', 1, 1],
    ['PV03', 0, null],
  ])('%s: municipalities %s, residents %s (null when no resident is known: unknown is not zero)', (code, municipalities, residents) => {
    const row = getProvinceCoverage(coverage, 'ido').find((r) => r.provinceCode === code)!;
    expect(municipalityShare(row)).toBe(municipalities);
    expect(populationShare(row)).toBe(residents);
  });

  it('is null for a province without municipalities', () => {
    expect(municipalityShare({ municipalities: { covered: 0, total: 0, noData: 0 } })).toBeNull();
  });
});

describe('sorting', () => {
  const rows = getProvinceCoverage(coverage, 'ido');
  const order = (sorted: ProvinceCoverage[]) => sorted.map((r) => r.provinceCode);

  it.each([
    ['name', false, ['PV03', 'PV01', 'PV02']],
    ['name', true, ['PV02', 'PV01', 'PV03']],
    ['municipalityShare', true, ['PV02', 'PV01', 'PV03']],
    ['municipalityShare', false, ['PV03', 'PV01', 'PV02']],
    // PV01 and PV02 both 100 % of known residents: by name; PV03 unknown: last in both directions.
    ['populationShare', true, ['PV01', 'PV02', 'PV03']],
    ['populationShare', false, ['PV01', 'PV02', 'PV03']],
  ] as const)('by %s, descending %s', (key, descending, expected) => {
    expect(order(sortProvinceCoverage(rows, key, descending, name))).toEqual(expected);
  });

  it('does not change the rows it is given', () => {
    const before = order(rows);
    sortProvinceCoverage(rows, 'municipalityShare', true, name);
    expect(order(rows)).toEqual(before);
  });
});

describe('codesInRegion', () => {
  const shapes = [
    { code: 'GM0001', province: 'PV01' },
    { code: 'GM0002', province: 'PV21' },
    { code: 'GM0003', province: 'PV01' },
  ];
  it('gives the codes of one province, in the shapes\' order', () => {
    expect(codesInRegion(shapes, 'PV01')).toEqual(['GM0001', 'GM0003']);
  });
  it('gives every code for the whole country, and none for a province without shapes', () => {
    expect(codesInRegion(shapes, null)).toEqual(['GM0001', 'GM0002', 'GM0003']);
    expect(codesInRegion(shapes, 'PV99')).toEqual([]);
  });
});
