import { describe, expect, it } from 'vitest';
import { coverageAt } from '../domain/fixtures/smallDataset';
import { getMapSummary } from './mapSummary';

const provinces = [{ code: 'PV01', name: 'Noordland' }];

describe('map summary', () => {
  it('says how many municipalities are reached, the change and the best province, in Dutch', () => {
    expect(getMapSummary('nl', 'ido', coverageAt('2020-Q4'), coverageAt('2020-Q3'), provinces)).toBe(
      'In 2020 K4 hebben 2 van de 3 gemeenten een IDO (67%). Daar woont 100% van de inwoners met een bekend inwonertal. ' +
        '1 bereikte gemeente zonder bekend inwonertal (later heringedeeld) telt daarin niet mee. 1 meer dan het kwartaal ervoor. ' +
        'Provincie met de hoogste dekking: Noordland (67% van de gemeenten, 100% van de inwoners). 1 gemeente zonder gegevens.',
    );
  });

  it('says the same in English', () => {
    expect(getMapSummary('en', 'ido', coverageAt('2020-Q4'), coverageAt('2020-Q3'), provinces)).toBe(
      'In 2020 Q4, 2 of 3 municipalities have an IDO (67%). They are home to 100% of the residents with a known population. ' +
        '1 reached municipality without a known population (merged later) is not counted in that. 1 more than the quarter before. ' +
        'Province with the highest coverage: Noordland (67% of municipalities, 100% of residents). 1 municipality without data.',
    );
  });

  it('says when a programme has no data at all instead of reporting zero', () => {
    expect(getMapSummary('nl', 'sek', coverageAt('2020-Q2'), coverageAt('2020-Q1'), provinces)).toBe(
      'Voor Sociaal-educatieve kaart zijn er in 2020 K2 geen gegevens.',
    );
  });

  it('speaks of the chosen province, without a best province', () => {
    const text = getMapSummary('en', 'ido', coverageAt('2021-Q1'), coverageAt('2020-Q4'), provinces, 'PV01');
    expect(text).toBe('Noordland: In 2021 Q1, 2 of 2 municipalities have an IDO (100%). They are home to 100% of the residents with a known population. The same as the quarter before.');
  });

  it('says "no data" for a province whose municipalities have none', () => {
    expect(getMapSummary('nl', 'sek', coverageAt('2020-Q1'), null, provinces, 'PV01')).toBe('Noordland: Voor Sociaal-educatieve kaart zijn er in 2020 K1 geen gegevens.');
  });

  it('leaves out the change when the quarter before had no data', () => {
    const text = getMapSummary('en', 'sek', coverageAt('2020-Q3'), coverageAt('2020-Q2'), provinces);
    expect(text).not.toMatch(/quarter before/);
    expect(text).toMatch(/^In 2020 Q3, 1 of 3 municipalities are on the social-educational map/);
  });
});
