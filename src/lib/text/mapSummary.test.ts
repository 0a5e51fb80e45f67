import { describe, expect, it } from 'vitest';
import { formatMessages } from '../i18n/formatMessage';
import type { Language } from '../i18n/translate';
import { coverageAt } from '../domain/fixtures/smallDataset';
import { describeMap } from './mapSummary';

const provinces = [{ code: 'PV01', name: 'Noordland' }];
const summary = (language: Language, ...args: Parameters<typeof describeMap>) => formatMessages(language, describeMap(...args));

describe('map summary', () => {
  it('says how many municipalities are reached, what changed and against what, and the best province, in Dutch', () => {
    expect(summary('nl', 'ido', coverageAt('2020-Q4'), coverageAt('2020-Q3'), provinces)).toBe(
      'In 2020 K4 hebben 2 van de 3 gemeenten een IDO (67%). ' +
        'Daar woont 100% van de inwoners (inwoners op 1-1-2022; 2 gemeenten zonder bekend inwonertal, niet meegeteld). ' +
        'Dat is 1 gemeente meer dan in 2020 K3 (1). ' +
        'Provincie met de hoogste dekking: Noordland (67% van de gemeenten, 100% van de inwoners). 1 gemeente zonder gegevens.',
    );
  });

  it('says the same in English', () => {
    expect(summary('en', 'ido', coverageAt('2020-Q4'), coverageAt('2020-Q3'), provinces)).toBe(
      'In 2020 Q4, 2 of 3 municipalities have an IDO (67%). ' +
        'They are home to 100% of the residents (residents on 1 Jan 2022; 2 municipalities without a known population, not counted). ' +
        'That is 1 municipality more than in 2020 Q3 (1). ' +
        'Province with the highest coverage: Noordland (67% of municipalities, 100% of residents). 1 municipality without data.',
    );
  });

  it('says when a programme has no data at all instead of reporting zero', () => {
    expect(summary('nl', 'sek', coverageAt('2020-Q2'), coverageAt('2020-Q1'), provinces)).toBe('Voor Sociaal-educatieve kaart zijn er in 2020 K2 geen gegevens.');
  });

  it('speaks of the chosen province, without a best province', () => {
    expect(summary('en', 'ido', coverageAt('2021-Q1'), coverageAt('2020-Q4'), provinces, 'PV01')).toBe(
      'Noordland: In 2021 Q1, 2 of 2 municipalities have an IDO (100%). They are home to 100% of the residents (residents on 1 Jan 2022). As many municipalities as in 2020 Q4.',
    );
  });

  it('says "no data" for a province whose municipalities have none', () => {
    expect(summary('nl', 'sek', coverageAt('2020-Q1'), null, provinces, 'PV01')).toBe('Noordland: Voor Sociaal-educatieve kaart zijn er in 2020 K1 geen gegevens.');
  });

  it('leaves out the change when the quarter before had no data', () => {
    const text = summary('en', 'sek', coverageAt('2020-Q3'), coverageAt('2020-Q2'), provinces);
    expect(text).not.toMatch(/than in|As many/);
    expect(text).toMatch(/^In 2020 Q3, 1 of 3 municipalities are on the social-educational map/);
  });
});
