import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { dsvFormat } from 'd3-dsv';
import { describe, expect, it } from 'vitest';
import { defaultGeoDir, readSharedGeo, REPO_ROOT } from '../../../scripts/lib/readSharedGeo';
import { createCodeResolver } from '../data/lineage';
import { DATASET_FILES, parseDataset } from '../data/parseDataset';
import { csvWords } from './csvWords';
import { translate, type Language } from '../i18n/translate';
import { indexDataset } from '../domain/coverage';
import { createCoverageCache } from '../domain/coverageCache';
import { quarterCsv, timeSeriesCsv } from './csvExport';
import type { MunicipalityCoverage, QuarterCoverage } from '../domain/coverage';
import { sinceQuarter } from '../domain/details';
import { coverageAt, dataset, q } from '../domain/fixtures/smallDataset';
import { quarterKey, type Quarter } from '../domain/quarter';
import type { IndicatorId } from '../domain/indicators';
import { INDICATORS, INDICATOR_CATEGORIES } from '../domain/indicators';
import { inProvince } from '../domain/provinceCoverage';
import { getIndicatorTotals } from '../domain/totals';

const provinces = [{ code: 'PV01', name: 'Noordland' }];
const parse = (text: string, separator: string) => dsvFormat(separator).parse(text.replace(/^\uFEFF/, ''));
const options = (language: Language) => ({ language, words: csvWords(language) });
/** Since when each municipality of the quarter has its category of the indicator (the table's and the detail card's "since"). */
const sinceIn = (at: (quarter: Quarter) => QuarterCoverage | null, indicator: IndicatorId, quarter: Quarter) => (item: MunicipalityCoverage) =>
  sinceQuarter(at, item.municipality.code, indicator, item.categories[indicator], quarter);
const fixtureAt = (quarter: Quarter) => (quarter < dataset.meta.firstQuarter || quarter > dataset.meta.lastQuarter ? null : coverageAt(quarterKey(quarter)));
const quarterOptions = (language: Language, indicator: IndicatorId = 'ido') => ({ ...options(language), sinceOf: sinceIn(fixtureAt, indicator, q('2020-Q4')) });

describe('CSV of one quarter', () => {
  const coverage = coverageAt('2020-Q4');
  const rows = parse(quarterCsv(coverage, 'ido', provinces, (id) => `org ${id}`, quarterOptions('nl')), ';');

  it('has a row per municipality with the category, its name, since when it has it and the counts', () => {
    expect(rows.map((r) => [r['gemeente_code'], r['categorie'], r['categorie_naam'], r['ido_locaties_open'], r['ido_per_100000']])).toEqual([
      ['GM0001', 'ido-in-municipality', 'IDO in de gemeente', '1', '10,00'],
      ['GM0002', 'ido-in-municipality', 'IDO in de gemeente', '1', ''],
      ['GM0003', 'no-data', 'Geen gegevens', '0', ''],
    ]);
    // Aadorp's desk opens in 2019-Q4; each row's quarter is the one the table and the detail card say.
    expect(rows[0]!['categorie_sinds']).toBe('2019-Q4');
    const since = sinceIn(fixtureAt, 'ido', q('2020-Q4'));
    expect(rows.map((r) => r['categorie_sinds'])).toEqual(coverage.municipalities.map((item) => quarterKey(since(item))));
    expect(rows[0]!['organisaties']).toBe('org ORG1');
  });

  it('adds up to the totals on screen', () => {
    const totals = getIndicatorTotals(coverage, 'ido');
    expect(rows.filter((r) => r['bereikt'] === '1').length).toBe(totals.municipalities.covered);
    expect(rows.reduce((sum, r) => sum + Number(r['ido_locaties_open']), 0)).toBe(totals.openIdoLocations);
    expect(rows.filter((r) => r['bereikt'] === '1').reduce((sum, r) => sum + Number(r['inwoners'] || 0), 0)).toBe(totals.population.covered);
  });

  it('is in English with "," and a decimal point, English headers and the legend’s English words', () => {
    const text = quarterCsv(coverage, 'ido', provinces, (id) => id, quarterOptions('en'));
    expect(text.replace(/^\uFEFF/, '').split('\n')[0]).toBe(
      'quarter,municipality_code,municipality,province,residents,merged_into,residents_merged,indicator,category_code,category,category_since,reached,ido_locations_open,ido_per_100000,organisations',
    );
    const english = parse(text, ',');
    expect(english[0]!['ido_per_100000']).toBe('10.00');
    expect(english[2]!['category']).toBe('No data');
  });

  it('starts with a byte order mark for Excel', () => {
    expect(quarterCsv(coverage, 'sek', provinces, (id) => id, quarterOptions('en', 'sek')).charCodeAt(0)).toBe(0xfeff);
  });
});

describe('time series CSV', () => {
  const series = (language: Language) => timeSeriesCsv((quarter) => coverageAt(['2020-Q4', '2021-Q1'][quarter - q('2020-Q4')]!), [q('2020-Q4'), q('2021-Q1')], provinces, options(language));

  it('has a row per quarter and municipality of that quarter, following herindelingen, in the legend’s words', () => {
    const rows = parse(series('nl'), ';');
    expect(rows.map((r) => `${r['kwartaal']} ${r['gemeente_code']} ${r['ido']} / ${r['belastingdienst']}`)).toEqual([
      '2020-Q4 GM0001 IDO in de gemeente / Neemt deel aan convenant',
      '2020-Q4 GM0002 IDO in de gemeente / Neemt deel aan convenant',
      '2020-Q4 GM0003 Geen gegevens / Geen gegevens',
      '2021-Q1 GM0001 IDO in de gemeente / Geen',
      '2021-Q1 GM0004 IDO in de gemeente / Geen',
    ]);
  });

  it('never writes an internal category code, in either language', () => {
    const codes = new Set<string>(Object.values(INDICATOR_CATEGORIES).flat());
    for (const language of ['nl', 'en'] as const) {
      const rows = parse(series(language), language === 'nl' ? ';' : ',');
      for (const row of rows) for (const indicator of ['ido', 'sek', language === 'nl' ? 'belastingdienst' : 'tax_partnership', language === 'nl' ? 'aantal_programmas' : 'number_of_programmes']) {
        expect(row[indicator], indicator).toBeDefined();
        expect(codes.has(row[indicator]!), `${indicator}: ${row[indicator]}`).toBe(false);
      }
    }
  });
});

describe('the CSVs of a chosen province (example data on the real boundaries)', () => {
  const { index: geo } = readSharedGeo(defaultGeoDir());
  const files = Object.fromEntries(DATASET_FILES.map((name) => [name, readFileSync(join(REPO_ROOT, 'data/example', name), 'utf8')]));
  const exampleAt = createCoverageCache(geo, createCodeResolver(geo), indexDataset(parseDataset(files, geo).dataset!));
  const GRONINGEN = 'PV20';
  const groningen = (language: Language, indicator: IndicatorId, quarter: Quarter) => ({ ...options(language), include: inProvince(GRONINGEN), sinceOf: sinceIn(exampleAt, indicator, quarter) });

  it.each(INDICATORS.flatMap((indicator) => ['2019-Q4', '2020-Q4', '2023-Q4'].map((quarter) => [indicator, quarter] as const)))('%s %s: only the province’s rows, and the same numbers as its totals on screen', (indicator, quarter) => {
    const coverage = exampleAt(q(quarter))!;
    const rows = parse(quarterCsv(coverage, indicator, geo.provinces, (id) => id, groningen('en', indicator, q(quarter))), ',');
    const totals = getIndicatorTotals(coverage, indicator, inProvince(GRONINGEN));
    expect(rows.length).toBe(totals.municipalities.total);
    expect(new Set(rows.map((r) => r['province']))).toEqual(new Set(['Groningen']));
    expect(rows.filter((r) => r['reached'] === '1').length).toBe(totals.municipalities.covered);
    for (const category of INDICATOR_CATEGORIES[indicator]) {
      expect(rows.filter((r) => r['category'] === translate('en', `category.${category}`)).length, category).toBe(totals.categoryCounts.get(category));
    }
    // Residents: each municipality's own, plus each merge group the totals count once.
    const reached = rows.filter((r) => r['reached'] === '1');
    const groups = new Map(reached.filter((r) => r['merged_into']).map((r) => [r['merged_into'], Number(r['residents_merged'])]));
    expect(reached.reduce((sum, r) => sum + Number(r['residents'] || 0), 0) + [...groups.values()].reduce((a, b) => a + b, 0)).toBe(totals.population.covered);
  });

  it('the IDO category’s "since" in 2023-Q4: every quarter from it has the category, the quarter before it another (or the municipality did not exist)', () => {
    const quarter = q('2023-Q4');
    const rows = parse(quarterCsv(exampleAt(quarter)!, 'ido', geo.provinces, (id) => id, groningen('nl', 'ido', quarter)), ';');
    expect(new Set(rows.map((r) => r['categorie_sinds'])).size).toBeGreaterThan(1);
    for (const row of rows) {
      const code = row['gemeente_code']!;
      const since = q(row['categorie_sinds']!);
      for (let at = since; at <= quarter; at++) expect(exampleAt(at)!.byCode.get(code)?.categories.ido, `${code} ${quarterKey(at)}`).toBe(row['categorie']);
      const before = exampleAt(since - 1)?.byCode.get(code);
      expect(before === undefined || before.categories.ido !== row['categorie'], `${code} before ${row['categorie_sinds']}`).toBe(true);
    }
  });

  it('2019–2020 in Groningen: Appingedam, Delfzijl and Loppersum share the residents of Eemsdelta when their category is the same', () => {
    const rows = parse(quarterCsv(exampleAt(q('2020-Q4'))!, 'belastingdienst', geo.provinces, (id) => id, groningen('nl', 'belastingdienst', q('2020-Q4'))), ';');
    const members = rows.filter((r) => ['GM0003', 'GM0010', 'GM0024'].includes(r['gemeente_code']!));
    expect(members).toHaveLength(3);
    const sameCategory = new Set(members.map((r) => r['categorie'])).size === 1;
    for (const row of members) expect(row['herindeling']).toBe(sameCategory ? 'Eemsdelta' : '');
  });

  it('the all-quarters CSV holds only the province too', () => {
    const rows = parse(timeSeriesCsv(exampleAt, [q('2020-Q4'), q('2021-Q1')], geo.provinces, groningen('nl', 'ido', q('2020-Q4'))), ';');
    expect(new Set(rows.map((r) => r['provincie']))).toEqual(new Set(['Groningen']));
    expect(rows.filter((r) => r['kwartaal'] === '2020-Q4').length).toBe(exampleAt(q('2020-Q4'))!.municipalities.filter((m) => m.municipality.provinceCode === GRONINGEN).length);
  });
});
