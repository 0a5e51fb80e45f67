import { describe, expect, it } from 'vitest';
import { coverageAt } from './fixtures/smallDataset';
import { getMapSummary } from './mapSummary';
import { getProvinceCoverage } from './provinceCoverage';

const provinces = [{ code: 'PV01', name: 'Noordland' }];

describe('map summary', () => {
  it('says how many municipalities are reached, the change and the best province, in Dutch', () => {
    expect(getMapSummary('nl', 'ido', coverageAt('2020-Q4'), coverageAt('2020-Q3'), provinces)).toBe(
      'In 2020 K4 hebben 2 van de 3 gemeenten een IDO (67%). 1 meer dan het kwartaal ervoor. Provincie met de hoogste dekking: Noordland (67%). 1 gemeenten zonder gegevens.',
    );
  });

  it('says the same in English', () => {
    expect(getMapSummary('en', 'ido', coverageAt('2020-Q4'), coverageAt('2020-Q3'), provinces)).toBe(
      'In 2020 Q4, 2 of 3 municipalities have an IDO (67%). 1 more than the quarter before. Province with the highest coverage: Noordland (67%). 1 municipalities without data.',
    );
  });

  it('says when a programme has no data at all instead of reporting zero', () => {
    expect(getMapSummary('nl', 'sek', coverageAt('2020-Q2'), coverageAt('2020-Q1'), provinces)).toBe(
      'Voor Sociaal-educatieve kaart zijn er in 2020 K2 geen gegevens.',
    );
  });

  it('leaves out the change when the quarter before had no data', () => {
    const text = getMapSummary('en', 'sek', coverageAt('2020-Q3'), coverageAt('2020-Q2'), provinces);
    expect(text).not.toMatch(/quarter before/);
    expect(text).toMatch(/^In 2020 Q3, 1 of 3 municipalities are on the social-educational map/);
  });
});

describe('province coverage', () => {
  it('counts municipalities and known residents per province', () => {
    expect(getProvinceCoverage(coverageAt('2021-Q1'), 'ido')).toEqual([
      { provinceCode: 'PV01', municipalities: { covered: 2, total: 2 }, population: { covered: 60_000, total: 60_000, unknown: 0 } },
    ]);
    expect(getProvinceCoverage(coverageAt('2020-Q4'), 'ido')[0]!.population).toEqual({ covered: 10_000, total: 10_000, unknown: 2 });
  });
});
