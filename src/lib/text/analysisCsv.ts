/**
 * CSV downloads of the analysis views, in the dialect of csvExport.ts (Dutch:
 * ";" and a decimal comma; English: "," and a decimal point; UTF-8 with a
 * byte order mark). Every number is one the view shows, from the same totals.
 */
import { BOM, csvFormat } from './csvExport';
import type { ChangeComparison } from '../domain/changeComparison';
import type { IndicatorId } from '../domain/indicators';
import type { ProvinceCoverage } from '../domain/provinceCoverage';
import { quarterKey } from '../domain/quarter';
import type { SeriesPoint } from '../domain/growthSeries';
import type { IndicatorTotals } from '../domain/totals';
import type { WhiteSpotReport } from '../domain/whiteSpots';
import { translate, type Language } from '../i18n/translate';

/** Shares as fractions with four decimals: enough for a percentage with two. */
const SHARE_DIGITS = 4;

/** The totals columns of the series and provinces files, in order. */
const TOTALS_COLUMNS = [
  'gemeenten_bereikt',
  'gemeenten_totaal',
  'gemeenten_geen_gegevens',
  'aandeel_gemeenten',
  'inwoners_bereikt',
  'inwoners_bekend',
  'aandeel_inwoners',
  'gemeenten_inwoners_onbekend',
  'bereikt_inwoners_onbekend',
  'organisaties_deelnemend',
  'organisaties_totaal',
  'ido_locaties_open',
] as const;

type Decimal = (value: number | null, digits: number) => string;

/** The totals columns shared by the series and the provinces files; empty where unknown. */
function totalsColumns(totals: Pick<IndicatorTotals, 'municipalities' | 'population' | 'organisations' | 'openIdoLocations'> | null, decimal: Decimal) {
  const share = (part: number, whole: number) => decimal(whole > 0 ? part / whole : null, SHARE_DIGITS);
  if (!totals) {
    return Object.fromEntries(TOTALS_COLUMNS.map((column) => [column, ''])) as Record<(typeof TOTALS_COLUMNS)[number], string>;
  }
  const { municipalities, population, organisations } = totals;
  return {
    gemeenten_bereikt: String(municipalities.covered),
    gemeenten_totaal: String(municipalities.total),
    gemeenten_geen_gegevens: String(municipalities.noData),
    aandeel_gemeenten: share(municipalities.covered, municipalities.total),
    inwoners_bereikt: String(population.covered),
    inwoners_bekend: String(population.total),
    aandeel_inwoners: share(population.covered, population.total),
    gemeenten_inwoners_onbekend: String(population.totalUnknown),
    bereikt_inwoners_onbekend: String(population.coveredUnknown),
    // No data (the programme is not registered in the quarter) is an empty cell, never 0.
    organisaties_deelnemend: organisations ? String(organisations.participating) : '',
    organisaties_totaal: organisations ? String(organisations.total) : '',
    ido_locaties_open: totals.openIdoLocations === null ? '' : String(totals.openIdoLocations),
  };
}

export interface SeriesForCsv {
  /** `NL`, a province code or a municipality code. */
  areaCode: string;
  areaName: string;
  points: readonly SeriesPoint[];
}

/** One row per area and quarter: the series the growth chart draws. A quarter without data has empty counts. */
export function growthSeriesCsv(series: readonly SeriesForCsv[], indicator: IndicatorId, language: Language): string {
  const { dsv, decimal } = csvFormat(language);
  const rows = series.flatMap((area) =>
    area.points.map((point) => ({
      kwartaal: quarterKey(point.quarter),
      gebied_code: area.areaCode,
      gebied: area.areaName,
      indicator,
      ...totalsColumns(point.totals, decimal),
    })),
  );
  return BOM + dsv.format(rows, ['kwartaal', 'gebied_code', 'gebied', 'indicator', ...TOTALS_COLUMNS]) + '\n';
}

/** One row per province for the quarter: what the province bars draw. */
export function provincesCsv(rows: readonly ProvinceCoverage[], quarter: number, indicator: IndicatorId, provinceName: (code: string) => string, language: Language): string {
  const { dsv, decimal } = csvFormat(language);
  const lines = rows.map((row) => ({
    kwartaal: quarterKey(quarter),
    provincie_code: row.provinceCode,
    provincie: provinceName(row.provinceCode),
    indicator,
    ...totalsColumns(row, decimal),
  }));
  return BOM + dsv.format(lines, ['kwartaal', 'provincie_code', 'provincie', 'indicator', ...TOTALS_COLUMNS]) + '\n';
}

/** The white spots of the quarter, largest population first (the order on screen). */
export function whiteSpotsCsv(report: WhiteSpotReport, provinceName: (code: string) => string, organisationName: (id: string) => string, language: Language): string {
  const { dsv } = csvFormat(language);
  const rows = report.spots.map((item) => ({
    kwartaal: quarterKey(report.quarter),
    gemeente_code: item.municipality.code,
    gemeente: item.municipality.name,
    provincie: provinceName(item.municipality.provinceCode),
    inwoners: item.municipality.population === null ? '' : String(item.municipality.population),
    ido: item.categories.ido,
    sek: item.categories.sek,
    belastingdienst: item.categories.belastingdienst,
    organisaties: item.servingOrganisationIds.map(organisationName).join(' | '),
  }));
  const columns = ['kwartaal', 'gemeente_code', 'gemeente', 'provincie', 'inwoners', 'ido', 'sek', 'belastingdienst', 'organisaties'] as const;
  return BOM + dsv.format(rows, [...columns]) + '\n';
}

/** Every municipality of the map's quarter with its change category and what it was compared with. */
export function changesCsv(comparison: ChangeComparison, indicator: IndicatorId, provinceName: (code: string) => string, language: Language): string {
  const { dsv } = csvFormat(language);
  const rows = comparison.changes.map((change) => ({
    kwartaal_van: quarterKey(comparison.earlier),
    kwartaal_tot: quarterKey(comparison.later),
    gemeente_code: change.municipality.code,
    gemeente: change.municipality.name,
    provincie: provinceName(change.municipality.provinceCode),
    inwoners: change.municipality.population === null ? '' : String(change.municipality.population),
    indicator,
    verandering: change.category,
    verandering_naam: translate(language, `category.${change.category}`),
    vergeleken_met: change.comparedWith.join(' | '),
  }));
  const columns = ['kwartaal_van', 'kwartaal_tot', 'gemeente_code', 'gemeente', 'provincie', 'inwoners', 'indicator', 'verandering', 'verandering_naam', 'vergeleken_met'] as const;
  return BOM + dsv.format(rows, [...columns]) + '\n';
}
