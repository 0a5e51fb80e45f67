/**
 * CSV downloads with the numbers on screen: the current indicator per
 * municipality for one quarter, and every indicator per municipality for every
 * quarter, of the province on screen when one is chosen. Dutch files use ";"
 * and a decimal comma (what Excel in the Netherlands opens directly), English
 * files "," and a decimal point; both are UTF-8 with a byte order mark so
 * Excel detects the encoding. Headers and categories are in the language of
 * the screen, in the legend's words (`CsvWords`, given by i18n: the domain
 * names columns by id and never imports the message tables).
 */
import type { QuarterCoverage } from '../domain/coverage';
import { safeCsvWriter } from '../domain/csvSafety';
import { COVERED_CATEGORIES, type CategoryId, type IndicatorId } from '../domain/indicators';
import { quarterKey, type Quarter } from '../domain/quarter';
import type { Province } from '../domain/types';
import type { MunicipalityCoverage } from '../domain/coverage';
import type { Language } from '../i18n/translate';
import { getIndicatorTotals } from '../domain/totals';

/** Byte order mark: Excel reads the file as UTF-8 only with it. */
export const BOM = '\uFEFF';

/** The writer and decimal formatting of a language's CSV dialect (shared by every download; cells that a spreadsheet would run as a formula are neutralised). */
export function csvFormat(language: Language) {
  const dsv = safeCsvWriter(language === 'nl' ? ';' : ',');
  const decimal = (value: number | null, digits: number) => (value === null ? '' : language === 'nl' ? value.toFixed(digits).replace('.', ',') : value.toFixed(digits));
  return { dsv, decimal };
}

/** The words a CSV is written in: column headers by id, category and indicator names as on screen. */
export interface CsvWords {
  column: (id: string) => string;
  category: (id: CategoryId) => string;
  indicator: (id: IndicatorId) => string;
}

export interface CsvOptions {
  language: Language;
  words: CsvWords;
  /** Only these municipalities (the province on screen); all when omitted. */
  include?: (item: MunicipalityCoverage) => boolean;
}

/** Rows keyed by column id → the file, with each header in the CSV's words. */
function writeCsv(columns: readonly string[], rows: readonly Record<string, string>[], { language, words }: CsvOptions): string {
  const { dsv } = csvFormat(language);
  return BOM + dsv.formatRows([columns.map(words.column), ...rows.map((row) => columns.map((id) => row[id] ?? ''))]) + '\n';
}

export const QUARTER_CSV_COLUMNS = [
  'kwartaal',
  'gemeente_code',
  'gemeente',
  'provincie',
  'inwoners',
  'herindeling',
  'inwoners_herindeling',
  'indicator',
  'categorie',
  'categorie_naam',
  'categorie_sinds',
  'bereikt',
  'ido_locaties_open',
  'ido_per_100000',
  'organisaties',
] as const;

/**
 * One row per municipality of the quarter (of the province on screen), with
 * its category of the indicator and since when it has had it. A
 * member of a merge whose residents the totals count together (see
 * populationBase.ts) names the later municipality and the group's residents,
 * so the file adds up to the totals on screen.
 */
export function quarterCsv(
  coverage: QuarterCoverage,
  indicator: IndicatorId,
  provinces: readonly Province[],
  organisationName: (id: string) => string,
  options: CsvOptions & {
    /** Since when the municipality has its category (the table's and detail card's "since"), written as a quarter key. */
    sinceOf: (item: MunicipalityCoverage) => Quarter;
  },
): string {
  const { decimal } = csvFormat(options.language);
  const provinceName = new Map(provinces.map((p) => [p.code, p.name]));
  const counted = countedMergeGroups(coverage, indicator, options.include);
  const items = options.include ? coverage.municipalities.filter(options.include) : coverage.municipalities;
  const rows = items.map((item) => {
    const category = item.categories[indicator];
    const group = counted.get(item.municipality.code);
    return {
      kwartaal: quarterKey(coverage.quarter),
      gemeente_code: item.municipality.code,
      gemeente: item.municipality.name,
      provincie: provinceName.get(item.municipality.provinceCode) ?? item.municipality.provinceCode,
      inwoners: item.municipality.population === null ? '' : String(item.municipality.population),
      herindeling: group ? group.successorName : '',
      inwoners_herindeling: group ? String(group.population) : '',
      indicator: options.words.indicator(indicator),
      categorie: category,
      categorie_naam: options.words.category(category),
      categorie_sinds: quarterKey(options.sinceOf(item)),
      bereikt: COVERED_CATEGORIES[indicator].has(category) ? '1' : '0',
      ido_locaties_open: String(item.openIdoLocationIds.length),
      ido_per_100000: decimal(item.idoPer100k, 2),
      organisaties: item.servingOrganisationIds.map(organisationName).join(' | '),
    };
  });
  return writeCsv(QUARTER_CSV_COLUMNS, rows, options);
}

/** The merge groups whose residents the totals count for this indicator, by member code. */
function countedMergeGroups(coverage: QuarterCoverage, indicator: IndicatorId, include?: (item: MunicipalityCoverage) => boolean) {
  const counted = new Map<string, QuarterCoverage['mergeGroups'][number]>();
  for (const group of coverage.mergeGroups) {
    const inGroup = (item: MunicipalityCoverage) => group.codes.includes(item.municipality.code) && (!include || include(item));
    // The totals' own rule decides: the group is counted when its residents enter the base.
    if (getIndicatorTotals(coverage, indicator, inGroup).population.mergeGroups === 0) continue;
    for (const code of group.codes) counted.set(code, group);
  }
  return counted;
}

export const SERIES_CSV_COLUMNS = ['kwartaal', 'gemeente_code', 'gemeente', 'provincie', 'ido', 'sek', 'belastingdienst', 'combined', 'ido_locaties_open'] as const;

/** One row per quarter and municipality of that quarter's boundaries (of the province on screen); each indicator in the legend's words. */
export function timeSeriesCsv(coverageAt: (quarter: Quarter) => QuarterCoverage | null, quarters: readonly Quarter[], provinces: readonly Province[], options: CsvOptions): string {
  const provinceName = new Map(provinces.map((p) => [p.code, p.name]));
  const { words, include } = options;
  const rows = quarters.flatMap((quarter) => {
    const coverage = coverageAt(quarter);
    return (coverage?.municipalities ?? [])
      .filter((item) => !include || include(item))
      .map((item) => ({
        kwartaal: quarterKey(quarter),
        gemeente_code: item.municipality.code,
        gemeente: item.municipality.name,
        provincie: provinceName.get(item.municipality.provinceCode) ?? item.municipality.provinceCode,
        ido: words.category(item.categories.ido),
        sek: words.category(item.categories.sek),
        belastingdienst: words.category(item.categories.belastingdienst),
        combined: words.category(item.categories.combined),
        // No IDO registration in the quarter: unknown, not 0.
        ido_locaties_open: coverage?.registered.ido ? String(item.openIdoLocationIds.length) : '',
      }));
  });
  return writeCsv(SERIES_CSV_COLUMNS, rows, options);
}
