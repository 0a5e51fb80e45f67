import { dsvFormat } from 'd3-dsv';
import { describe, expect, it } from 'vitest';
import { changesCsv, growthSeriesCsv, provincesCsv, whiteSpotsCsv } from './analysisCsv';
import { compareQuarters } from '../domain/changeComparison';
import { createCoverageCache } from '../domain/coverageCache';
import { fakeCoverage, place } from '../domain/fixtures/fakeCoverage';
import { coverageAt, fixtureGeo, fixtureResolver, index, q } from '../domain/fixtures/smallDataset';
import { getGrowthSeries } from '../domain/growthSeries';
import { getProvinceCoverage } from '../domain/provinceCoverage';
import { getWhiteSpots } from '../domain/whiteSpots';

const parse = (text: string, separator: string) => dsvFormat(separator).parse(text.replace(/^\uFEFF/, ''));
const provinceName = (code: string) => (code === 'PV01' ? 'Noordland' : code);
const at = createCoverageCache(fixtureGeo, fixtureResolver, index);

describe('growth series CSV', () => {
  const points = getGrowthSeries(at, [q('2020-Q2'), q('2020-Q4')], 'sek', null, fixtureResolver);
  const text = growthSeriesCsv([{ areaCode: 'NL', areaName: 'Nederland', points }], 'sek', 'nl');
  const rows = parse(text, ';');

  it('has a row per area and quarter with the totals the chart draws', () => {
    expect(rows.map((r) => [r['kwartaal'], r['gebied_code'], r['gemeenten_bereikt'], r['gemeenten_totaal'], r['aandeel_gemeenten']])).toEqual([
      // 2020-Q2: no SEK data yet: empty, not zero.
      ['2020-Q2', 'NL', '', '', ''],
      ['2020-Q4', 'NL', '1', '3', '0,3333'],
    ]);
  });

  it('says how many municipalities have no known population instead of guessing their residents', () => {
    expect([rows[1]!['inwoners_bereikt'], rows[1]!['inwoners_bekend'], rows[1]!['gemeenten_inwoners_onbekend'], rows[1]!['bereikt_inwoners_onbekend']]).toEqual(['0', '10000', '2', '1']);
  });

  it('starts with a byte order mark and uses "," and a decimal point in English', () => {
    const english = growthSeriesCsv([{ areaCode: 'NL', areaName: 'Netherlands', points }], 'sek', 'en');
    expect(english.charCodeAt(0)).toBe(0xfeff);
    expect(parse(english, ',')[1]!['aandeel_gemeenten']).toBe('0.3333');
  });
});

describe('provinces CSV', () => {
  it('has a row per province with the bar values', () => {
    const rows = parse(provincesCsv(getProvinceCoverage(coverageAt('2020-Q4'), 'ido'), q('2020-Q4'), 'ido', provinceName, 'en'), ',');
    expect(rows.map((r) => [r['kwartaal'], r['provincie_code'], r['provincie'], r['gemeenten_bereikt'], r['aandeel_inwoners'], r['ido_locaties_open']])).toEqual([
      ['2020-Q4', 'PV01', 'Noordland', '2', '1.0000', '2'],
    ]);
  });
});

describe('white spots CSV', () => {
  const coverage = fakeCoverage(q('2021-Q4'), [
    { municipality: place('GM0001', 5_000, 'PV01', 'Aadorp'), categories: { combined: 'reach-0', sek: 'none' }, serving: ['ORG1'] },
    { municipality: place('GM0002', null, 'PV01', 'Beekveld'), categories: { combined: 'reach-0' } },
  ]);

  it('lists the white spots in the order on screen, population empty where unknown', () => {
    const rows = parse(whiteSpotsCsv(getWhiteSpots(coverage), provinceName, (id) => `Bibliotheek ${id}`, 'nl'), ';');
    expect(rows.map((r) => [r['kwartaal'], r['gemeente_code'], r['provincie'], r['inwoners'], r['sek'], r['organisaties']])).toEqual([
      ['2021-Q4', 'GM0001', 'Noordland', '5000', 'none', 'Bibliotheek ORG1'],
      ['2021-Q4', 'GM0002', 'Noordland', '', 'none', ''],
    ]);
  });

  it('keeps its header when there are no white spots', () => {
    const text = whiteSpotsCsv(getWhiteSpots(fakeCoverage(0, [])), provinceName, (id) => id, 'en');
    expect(text).toBe('\uFEFFkwartaal,gemeente_code,gemeente,provincie,inwoners,ido,sek,belastingdienst,organisaties\n');
  });
});

describe('changes CSV', () => {
  it('has every municipality of the map with its change and what it was compared with', () => {
    const comparison = compareQuarters(coverageAt('2021-Q1'), coverageAt('2020-Q4'), 'ido', fixtureResolver);
    const rows = parse(changesCsv(comparison, 'ido', provinceName, 'en'), ',');
    expect(rows.map((r) => [r['kwartaal_van'], r['kwartaal_tot'], r['gemeente_code'], r['verandering'], r['verandering_naam'], r['vergeleken_met']])).toEqual([
      ['2020-Q4', '2021-Q1', 'GM0001', 'change-kept', 'Still reached', ''],
      ['2020-Q4', '2021-Q1', 'GM0004', 'change-kept', 'Still reached', 'GM0002 | GM0003'],
    ]);
  });
});
