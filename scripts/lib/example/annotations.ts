/**
 * Example notes per quarter (annotaties.csv) for presentation mode: events of
 * the programme as the quarterly report describes them, at the quarters the
 * example data shows their effect. A fixed list, so the output is the same
 * on every run.
 */
import { safeCsvWriter } from '../../../src/lib/domain/csvSafety';

/** Written like every CSV of the app: a cell a spreadsheet would run as a formula is neutralised. */
const csvFormatRows = safeCsvWriter(',').formatRows;

const NOTES: [quarter: string, indicator: string, nl: string, en: string][] = [
  ['2019-Q2', 'ido', 'Kopgroep: vijftien bibliotheken bereiden het eerste IDO voor', 'Pilot group: fifteen libraries prepare the first IDOs'],
  ['2020-Q2', '', 'Coronamaatregelen: bibliotheken tijdelijk dicht', 'COVID-19 measures: libraries temporarily closed'],
  ['2020-Q3', 'sek', 'Start registratie sociaal-educatieve kaart', 'Registration of the social-educational map starts'],
  ['2020-Q4', '', 'Bibliotheekconvenant 2020–2023 bekrachtigd', 'Library covenant 2020–2023 signed'],
  ['2021-Q1', 'ido', 'Landelijke tv- en online campagne IDO', 'National TV and online IDO campaign'],
  ['2021-Q1', 'belastingdienst', 'Aangifteperiode: hulp bij de belastingaangifte in de bibliotheek', 'Tax return season: help with tax returns in the library'],
  ['2022-Q2', '', 'Weesp gaat op in Amsterdam: 344 gemeenten', 'Weesp joins Amsterdam: 344 municipalities'],
  ['2023-Q4', 'ido', 'Einde van de periode in deze gegevens', 'End of the period in this data'],
];

export function exampleAnnotations(): string {
  return csvFormatRows([['kwartaal', 'indicator', 'tekst_nl', 'tekst_en'], ...NOTES]) + '\n';
}
