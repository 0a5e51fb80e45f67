/**
 * Every number of the analysis equals the number the table and the CSV
 * downloads give for the same quarter and area, on the example data: the
 * growth chart's values and texts, its CSV, the province bars and their CSV,
 * and the quarter CSV of the map (the download under the map), for a sample
 * of quarters across the herindelingen.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { dsvFormat } from 'd3-dsv';
import { describe, expect, it } from 'vitest';
import { defaultGeoDir, defaultPublishedFiguresFile, readSharedGeo, REPO_ROOT } from '../../scripts/lib/readSharedGeo';
import { createCodeResolver } from '../../src/lib/data/lineage';
import { DATASET_FILES, parseDataset } from '../../src/lib/data/parseDataset';
import { parsePublishedFigures } from '../../src/lib/data/publishedFigures';
import { growthSeriesCsv, provincesCsv, whiteSpotsCsv } from '../../src/lib/text/analysisCsv';
import { indexDataset } from '../../src/lib/domain/coverage';
import { createCoverageCache } from '../../src/lib/domain/coverageCache';
import { quarterCsv } from '../../src/lib/text/csvExport';
import { getGrowthView } from '../../src/lib/text/growthView';
import { INDICATORS } from '../../src/lib/domain/indicators';
import { getProvinceCoverage } from '../../src/lib/domain/provinceCoverage';
import { parseQuarterKey, quarterKey, quarterRange } from '../../src/lib/domain/quarter';
import { getWhiteSpots } from '../../src/lib/domain/whiteSpots';
import { formatNumber } from '../../src/lib/i18n/translate';
import { csvWords } from '../../src/lib/text/csvWords';

const { index: geo } = readSharedGeo(defaultGeoDir());
const files = Object.fromEntries(DATASET_FILES.map((name) => [name, readFileSync(join(REPO_ROOT, 'data', 'example', name), 'utf8')]));
const { dataset } = parseDataset(files, geo);
const figures = parsePublishedFigures(readFileSync(defaultPublishedFiguresFile(), 'utf8'));
const resolver = createCodeResolver(geo);
const coverageAt = createCoverageCache(geo, resolver, indexDataset(dataset!));
const quarters = quarterRange(dataset!.meta.firstQuarter, dataset!.meta.lastQuarter);
const q = (key: string) => parseQuarterKey(key)!;
const parse = (text: string) => dsvFormat(',').parse(text.replace(/^\uFEFF/, ''));
// The map's quarter CSV in Dutch: its headers are the column ids.
const parseMapCsv = (text: string) => dsvFormat(';').parse(text.replace(/^\uFEFF/, ''));
const dutchCsv = { language: 'nl' as const, words: csvWords('nl') };
const provinceName = (code: string) => geo.provinces.find((p) => p.code === code)?.name ?? code;

const SAMPLE = ['2019-Q4', '2020-Q4', '2021-Q1', '2022-Q2', '2023-Q4'].map(q);
const UTRECHT = 'PV26';
// Eemsdelta, chosen in 2023: in 2019–2020 it is Appingedam, Delfzijl and Loppersum.
const areas = [
  { id: 'province' as const, area: { kind: 'province' as const, code: UTRECHT }, name: 'Utrecht' },
  { id: 'municipality' as const, area: { kind: 'municipality' as const, code: 'GM1979', quarter: q('2023-Q4') }, name: 'Eemsdelta' },
];

for (const indicator of INDICATORS) {
  describe(`${indicator}: growth chart = its table = its CSV = the quarter CSV`, () => {
    const view = getGrowthView({ coverageAt, resolver, quarters, indicator, measure: 'municipalities', areas, figures, language: 'en' });
    const seriesCsv = parse(growthSeriesCsv(view.series.map((s) => ({ areaCode: s.areaCode, areaName: s.label, points: s.points })), indicator, 'en'));

    for (const quarter of SAMPLE) {
      it(`${quarterKey(quarter)}`, () => {
        const i = quarters.indexOf(quarter);
        const mapRows = parseMapCsv(quarterCsv(coverageAt(quarter)!, indicator, geo.provinces, (id) => id, { ...dutchCsv, sinceOf: () => quarter }));
        const members = {
          national: () => true,
          province: (row: Record<string, string>) => row['provincie'] === 'Utrecht',
          municipality: (row: Record<string, string>) => ['GM1979', 'GM0003', 'GM0010', 'GM0024'].includes(row['gemeente_code']!),
        };
        for (const series of view.series) {
          const totals = series.points[i]!.totals;
          const rows = mapRows.filter(members[series.id]);
          const reached = rows.filter((r) => r['bereikt'] === '1');
          const csvRow = seriesCsv.find((r) => r['kwartaal'] === quarterKey(quarter) && r['gebied_code'] === series.areaCode)!;
          if (totals === null) {
            // No data for the indicator: the chart draws nothing, the table says so, the CSV is empty, the map CSV has only "no data".
            expect(series.values[i]).toBeNull();
            expect(series.valueLabels[i]).toBe('no data');
            expect(csvRow['gemeenten_bereikt']).toBe('');
            expect(rows.every((r) => r['categorie'] === 'no-data')).toBe(true);
            continue;
          }
          // The chart's value is the share the counts give; its text (tooltip, accessible name, table) holds the counts.
          expect(series.values[i]).toBeCloseTo(reached.length / rows.length, 12);
          expect(series.valueLabels[i]).toContain(`${formatNumber('en', reached.length)} of ${formatNumber('en', rows.length)} municipalities`);
          expect(Number(csvRow['gemeenten_bereikt'])).toBe(reached.length);
          expect(Number(csvRow['gemeenten_totaal'])).toBe(rows.length);
          expect(Number(csvRow['aandeel_gemeenten'])).toBeCloseTo(series.values[i]!, 4);
          // Residents: each municipality's own, and once the residents of each merge group counted together (populationBase.ts).
          const groups = new Map(reached.filter((r) => r['herindeling']).map((r) => [r['herindeling'], Number(r['inwoners_herindeling'])]));
          expect(Number(csvRow['inwoners_bereikt'])).toBe(reached.reduce((sum, r) => sum + Number(r['inwoners'] || 0), 0) + [...groups.values()].reduce((x, y) => x + y, 0));
          expect(Number(csvRow['bereikt_inwoners_onbekend'])).toBe(reached.filter((r) => r['inwoners'] === '' && r['herindeling'] === '').length);
          expect(Number(csvRow['ido_locaties_open'])).toBe(rows.reduce((sum, r) => sum + Number(r['ido_locaties_open']), 0));
        }
      });
    }

    it('the province bars and their CSV hold the province series of the quarter', () => {
      for (const quarter of SAMPLE) {
        const i = quarters.indexOf(quarter);
        const bars = getProvinceCoverage(coverageAt(quarter)!, indicator);
        const bar = bars.find((row) => row.provinceCode === UTRECHT)!;
        const province = view.series.find((s) => s.id === 'province')!.points[i]!.totals;
        if (province) {
          expect(bar.municipalities).toEqual(province.municipalities);
          expect(bar.population).toEqual(province.population);
        }
        const csv = parse(provincesCsv(bars, quarter, indicator, provinceName, 'en')).find((r) => r['provincie_code'] === UTRECHT)!;
        expect(Number(csv['gemeenten_bereikt'])).toBe(bar.municipalities.covered);
        expect(Number(csv['inwoners_bereikt'])).toBe(bar.population.covered);
      }
    });
  });
}

describe('white spots = the map CSV of the combined indicator', () => {
  for (const quarter of SAMPLE) {
    it(`${quarterKey(quarter)}`, () => {
      const coverage = coverageAt(quarter)!;
      const report = getWhiteSpots(coverage);
      const mapRows = parseMapCsv(quarterCsv(coverage, 'combined', geo.provinces, (id) => id, { ...dutchCsv, sinceOf: () => quarter }));
      const spots = parse(whiteSpotsCsv(report, provinceName, (id) => id, 'en'));
      expect(spots.map((r) => r['gemeente_code']).sort()).toEqual(mapRows.filter((r) => r['categorie'] === 'reach-0').map((r) => r['gemeente_code']).sort());
      expect(spots.reduce((sum, r) => sum + Number(r['inwoners'] || 0), 0)).toBe(report.population.known);
      expect(report.noData.municipalities).toBe(mapRows.filter((r) => r['categorie'] === 'no-data').length);
    });
  }
});

describe('growth view texts', () => {
  it('draws the IDO target and the published figures, and describes them', () => {
    const view = getGrowthView({ coverageAt, resolver, quarters, indicator: 'ido', measure: 'organisations', areas, figures, language: 'en' });
    expect(view.targets).toEqual([{ quarter: q('2021-Q4'), value: 129, label: 'Target: 129 by 2021 Q4' }]);
    expect(view.published.map((p) => p.figure.indicator)).toContain('ido_organisaties');
    // Organisations are a national count: the areas are not drawn, and the view says so.
    expect(view.series.map((s) => s.id)).toEqual(['national']);
    expect(view.areaOmitted).toBe(true);
    expect(view.description).toContain('Target: 129 by 2021 Q4; then:');
  });

  it('puts every published point on the value the calibration reproduces', () => {
    const view = getGrowthView({ coverageAt, resolver, quarters, indicator: 'ido', measure: 'idoLocations', areas: [], figures, language: 'nl' });
    // The example data reproduces 73 IDO locations at the end of 2020 (see docs/data.md).
    const point = view.published.find((p) => p.figure.indicator === 'ido_locaties' && p.quarter === q('2020-Q4') && p.value === 73)!;
    expect(view.series[0]!.values[quarters.indexOf(q('2020-Q4'))]).toBe(point.value);
    expect(point.details[1]).toMatch(/^Bron: /);
  });
});
