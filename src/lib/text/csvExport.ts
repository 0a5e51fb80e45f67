/**
 * CSV downloads with the numbers on screen: the current indicator per
 * municipality for one quarter, and every indicator per municipality for every
 * quarter. Dutch files use ";" and a decimal comma (what Excel in the
 * Netherlands opens directly), English files "," and a decimal point; both are
 * UTF-8 with a byte order mark so Excel detects the encoding.
 */
import { dsvFormat } from 'd3-dsv';
import type { QuarterCoverage } from '../domain/coverage';
import { COVERED_CATEGORIES, type IndicatorId } from '../domain/indicators';
import { quarterKey, type Quarter } from '../domain/quarter';
import type { Province } from '../domain/types';
import { translate, type Language } from '../i18n/translate';

/** Byte order mark: Excel reads the file as UTF-8 only with it. */
export const BOM = '\uFEFF';

/** The writer and decimal formatting of a language's CSV dialect (shared by every download). */
export function csvFormat(language: Language) {
  const dsv = dsvFormat(language === 'nl' ? ';' : ',');
  const decimal = (value: number | null, digits: number) => (value === null ? '' : language === 'nl' ? value.toFixed(digits).replace('.', ',') : value.toFixed(digits));
  return { dsv, decimal };
}

/** Columns: kwartaal, gemeente_code, gemeente, provincie, inwoners, indicator, categorie, categorie_naam, bereikt, ido_locaties_open, ido_per_100000, organisaties. */
export function quarterCsv(coverage: QuarterCoverage, indicator: IndicatorId, provinces: readonly Province[], organisationName: (id: string) => string, language: Language): string {
  const { dsv, decimal } = csvFormat(language);
  const provinceName = new Map(provinces.map((p) => [p.code, p.name]));
  const rows = coverage.municipalities.map((item) => {
    const category = item.categories[indicator];
    return {
      kwartaal: quarterKey(coverage.quarter),
      gemeente_code: item.municipality.code,
      gemeente: item.municipality.name,
      provincie: provinceName.get(item.municipality.provinceCode) ?? item.municipality.provinceCode,
      inwoners: item.municipality.population === null ? '' : String(item.municipality.population),
      indicator,
      categorie: category,
      categorie_naam: translate(language, `category.${category}`),
      bereikt: COVERED_CATEGORIES[indicator].has(category) ? '1' : '0',
      ido_locaties_open: String(item.openIdoLocationIds.length),
      ido_per_100000: decimal(item.idoPer100k, 2),
      organisaties: item.servingOrganisationIds.map(organisationName).join(' | '),
    };
  });
  return BOM + dsv.format(rows) + '\n';
}

/** Columns: kwartaal, gemeente_code, gemeente, provincie, ido, sek, belastingdienst, combined, ido_locaties_open. One row per quarter and municipality of that quarter's boundaries. */
export function timeSeriesCsv(coverageAt: (quarter: Quarter) => QuarterCoverage | null, quarters: readonly Quarter[], provinces: readonly Province[], language: Language): string {
  const { dsv } = csvFormat(language);
  const provinceName = new Map(provinces.map((p) => [p.code, p.name]));
  const rows = quarters.flatMap((quarter) =>
    (coverageAt(quarter)?.municipalities ?? []).map((item) => ({
      kwartaal: quarterKey(quarter),
      gemeente_code: item.municipality.code,
      gemeente: item.municipality.name,
      provincie: provinceName.get(item.municipality.provinceCode) ?? item.municipality.provinceCode,
      ido: item.categories.ido,
      sek: item.categories.sek,
      belastingdienst: item.categories.belastingdienst,
      combined: item.categories.combined,
      ido_locaties_open: String(item.openIdoLocationIds.length),
    })),
  );
  return BOM + dsv.format(rows) + '\n';
}
