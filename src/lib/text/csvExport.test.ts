import { dsvFormat } from 'd3-dsv';
import { describe, expect, it } from 'vitest';
import { quarterCsv, timeSeriesCsv } from './csvExport';
import { coverageAt, q } from '../domain/fixtures/smallDataset';
import { getIndicatorTotals } from '../domain/totals';

const provinces = [{ code: 'PV01', name: 'Noordland' }];
const parse = (text: string, separator: string) => dsvFormat(separator).parse(text.replace(/^\uFEFF/, ''));

describe('CSV of one quarter', () => {
  const coverage = coverageAt('2020-Q4');
  const rows = parse(quarterCsv(coverage, 'ido', provinces, (id) => `org ${id}`, 'nl'), ';');

  it('has a row per municipality with the category, its name and the counts', () => {
    expect(rows.map((r) => [r['gemeente_code'], r['categorie'], r['categorie_naam'], r['ido_locaties_open'], r['ido_per_100000']])).toEqual([
      ['GM0001', 'ido-in-municipality', 'IDO in de gemeente', '1', '10,00'],
      ['GM0002', 'ido-in-municipality', 'IDO in de gemeente', '1', ''],
      ['GM0003', 'no-data', 'Geen gegevens', '0', ''],
    ]);
    expect(rows[0]!['organisaties']).toBe('org ORG1');
  });

  it('adds up to the totals on screen', () => {
    const totals = getIndicatorTotals(coverage, 'ido');
    expect(rows.filter((r) => r['bereikt'] === '1').length).toBe(totals.municipalities.covered);
    expect(rows.reduce((sum, r) => sum + Number(r['ido_locaties_open']), 0)).toBe(totals.openIdoLocations);
    expect(rows.filter((r) => r['bereikt'] === '1').reduce((sum, r) => sum + Number(r['inwoners'] || 0), 0)).toBe(totals.population.covered);
  });

  it('uses "," and a decimal point in English, with English category names', () => {
    const english = parse(quarterCsv(coverage, 'ido', provinces, (id) => id, 'en'), ',');
    expect(english[0]!['ido_per_100000']).toBe('10.00');
    expect(english[2]!['categorie_naam']).toBe('No data');
  });

  it('starts with a byte order mark for Excel', () => {
    expect(quarterCsv(coverage, 'sek', provinces, (id) => id, 'en').charCodeAt(0)).toBe(0xfeff);
  });
});

describe('time series CSV', () => {
  it('has a row per quarter and municipality of that quarter, following herindelingen', () => {
    const rows = parse(timeSeriesCsv((quarter) => coverageAt(['2020-Q4', '2021-Q1'][quarter - q('2020-Q4')]!), [q('2020-Q4'), q('2021-Q1')], provinces, 'en'), ',');
    expect(rows.map((r) => `${r['kwartaal']} ${r['gemeente_code']} ${r['ido']}`)).toEqual([
      '2020-Q4 GM0001 ido-in-municipality',
      '2020-Q4 GM0002 ido-in-municipality',
      '2020-Q4 GM0003 no-data',
      '2021-Q1 GM0001 ido-in-municipality',
      '2021-Q1 GM0004 ido-in-municipality',
    ]);
  });
});
