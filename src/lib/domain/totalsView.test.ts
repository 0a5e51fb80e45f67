import { describe, expect, it } from 'vitest';
import type { PublishedFigure } from '../data/publishedFigures';
import { formatMessage, formatTotalValue } from '../i18n/formatMessage';
import type { Language } from '../i18n/translate';
import { coverageAt, q } from './fixtures/smallDataset';
import { fakeCoverage, place } from './fixtures/fakeCoverage';
import { getIndicatorTotals } from './totals';
import { describeTotals, populationBase, publishedBesideTotal } from './totalsView';

/** The lines as the totals panel writes them: "label: value · notes". */
const said = (language: Language, lines: ReturnType<typeof describeTotals>) =>
  lines.map((line) => [formatMessage(language, line.label), formatTotalValue(language, line), ...line.notes.map((note) => formatMessage(language, note))].join(' · '));

describe('totals as said on screen', () => {
  it('say "geen gegevens" where the indicator has no data, never "0 van 3 (0%)"', () => {
    // The fixture registers SEK from 2020-Q3: before it, SEK and the combined view have no data anywhere.
    for (const indicator of ['sek', 'combined'] as const) {
      const lines = said('nl', describeTotals(getIndicatorTotals(coverageAt('2020-Q1'), indicator), { idoLocations: false }));
      expect(lines).toEqual(['Gemeenten bereikt · geen gegevens', 'Inwoners bereikt · geen gegevens', 'Bibliotheekorganisaties die deelnemen · geen gegevens']);
    }
    expect(said('en', describeTotals(getIndicatorTotals(coverageAt('2020-Q1'), 'sek'), { idoLocations: false }))[0]).toBe('Municipalities reached · no data');
  });

  it('give the count, its share and the population base where there is data', () => {
    const lines = said('nl', describeTotals(getIndicatorTotals(coverageAt('2020-Q4'), 'ido'), { idoLocations: true }));
    expect(lines).toEqual([
      'Gemeenten bereikt · 2 van 3 (67%) · 1 gemeente zonder gegevens',
      // GM0002 and GM0003 have no residents of their own (this fixture coverage has no merge groups).
      'Inwoners bereikt · 10.000 (100%) · inwoners op 1-1-2022; 2 gemeenten zonder bekend inwonertal, niet meegeteld',
      'Bibliotheekorganisaties die deelnemen · 1 van 2',
      'IDO-locaties (open) · 2',
    ]);
  });

  it('say which residents a merge group adds, and which are left out', () => {
    const group = { codes: ['GM0002', 'GM0003'], successorCode: 'GM0004', successorName: 'X', population: 500 };
    const coverage = fakeCoverage(0, [{ municipality: place('GM0001', null) }, { municipality: place('GM0002', null) }, { municipality: place('GM0003', null) }], { mergeGroups: [group] });
    expect(formatMessage('nl', populationBase(getIndicatorTotals(coverage, 'ido').population))).toBe(
      'inwoners op 1-1-2022; 2 heringedeelde gemeenten samen geteld met de inwoners van de latere gemeente; 1 gemeente zonder bekend inwonertal, niet meegeteld',
    );
    expect(formatMessage('en', populationBase(getIndicatorTotals(coverage, 'ido').population))).toBe(
      'residents on 1 Jan 2022; 2 merged municipalities counted together with the residents of the later municipality; 1 municipality without a known population, not counted',
    );
  });

  describe('edge cases', () => {
    it('an area of municipalities without a known population has no residents figure but says why', () => {
      const coverage = fakeCoverage(0, [{ municipality: place('GM0001', null), categories: { ido: 'ido-in-municipality' } }]);
      const [, population] = describeTotals(getIndicatorTotals(coverage, 'ido'), { idoLocations: false });
      expect(population!.value).toBeNull();
      expect(population!.notes.map((n) => formatMessage('nl', n))).toEqual(['inwoners op 1-1-2022; 1 gemeente zonder bekend inwonertal, niet meegeteld']);
    });

    it('IDO locations without IDO registration are "geen gegevens"', () => {
      const coverage = fakeCoverage(0, [{ municipality: place('GM0001') }], { registered: { ido: false, sek: true, belastingdienst: true } });
      expect(said('nl', describeTotals(getIndicatorTotals(coverage, 'sek'), { idoLocations: true })).at(-1)).toBe('IDO-locaties (open) · geen gegevens');
    });
  });
});

describe('published figures beside a total', () => {
  const figure = (value: number, date: string, source: string): PublishedFigure => ({ indicator: 'ido_locaties', value, unit: '', date, quarter: q('2021-Q4'), source, quote: '' });

  it('list each publication with its date, oldest first, and how it compares with the data', () => {
    const lines = publishedBesideTotal([figure(439, '2021-12-31', 'https://www.bibliotheeknetwerk.nl/x'), figure(400, '2021-11-29', 'https://www.kb.nl/nieuws/2021')], 439, q('2021-Q4'));
    expect(lines.map((line) => formatMessage('nl', line.text))).toEqual([
      'Gepubliceerd: 400 op 29 november 2021, vóór het einde van het kwartaal (39 minder dan deze gegevens)',
      'Gepubliceerd: 439 op 31 december 2021 (gelijk aan deze gegevens)',
    ]);
    expect(lines.map((line) => line.publication.publisher)).toEqual(['KB', 'Bibliotheeknetwerk']);
    expect(formatMessage('en', lines[0]!.text)).toBe('Published: 400 on 29 November 2021, before the end of the quarter (39 fewer than this data)');
  });

  it('say when the data has no value to compare with', () => {
    expect(formatMessage('nl', publishedBesideTotal([figure(73, '2021-12-31', 's')], null, q('2021-Q4'))[0]!.text)).toBe('Gepubliceerd: 73 op 31 december 2021 (deze gegevens hebben geen waarde)');
  });
});
