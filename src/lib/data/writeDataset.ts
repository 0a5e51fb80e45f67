/**
 * A Dataset → the files of the format (docs/data.md), in one of two forms:
 * `canonical` (UTF-8, `,`, decimal point, `YYYY-Qn`, `GMxxxx`: what the data
 * build serves to the app) and `excel-nl` (`;`, decimal comma, UTF-8 with a
 * byte order mark and CRLF, as Excel in the Netherlands opens and saves CSV:
 * the templates users download). Reading either back gives the same dataset.
 */
import { safeCsvWriter } from '../domain/csvSafety';
import { quarterKey, type Quarter } from '../domain/quarter';
import type { Dataset, DatasetMeta } from '../domain/types';
import { DATASET_COLUMNS, type DatasetCsvName, type DatasetFileName } from './parseDataset';

export type DatasetForm = 'canonical' | 'excel-nl';

const quarter = (q: Quarter | null) => (q === null ? '' : quarterKey(q));

/** One CSV file from its rows (header from DATASET_COLUMNS). */
export function formatCsv(file: DatasetCsvName, rows: readonly (readonly (string | number)[])[], form: DatasetForm): string {
  const excel = form === 'excel-nl';
  const format = safeCsvWriter(excel ? ';' : ',');
  const cell = (value: string | number) => (typeof value === 'number' && excel ? String(value).replace('.', ',') : String(value));
  const lines = [DATASET_COLUMNS[file].map((c) => c.name), ...rows.map((row) => row.map(cell))];
  const text = format.formatRows(lines) + (excel ? '\r\n' : '\n');
  return excel ? '\uFEFF' + text.replace(/\n/g, '\r\n').replace(/\r\r\n/g, '\r\n') : text;
}

export function formatMetadata(meta: Partial<DatasetMeta>): string {
  const json: Record<string, unknown> = {};
  if (meta.name) json['naam'] = meta.name;
  if (meta.isExample !== undefined) json['voorbeeld'] = meta.isExample;
  if (meta.source) json['bron'] = meta.source;
  if (meta.firstQuarter !== undefined) json['eerste_kwartaal'] = quarterKey(meta.firstQuarter);
  if (meta.lastQuarter !== undefined) json['laatste_kwartaal'] = quarterKey(meta.lastQuarter);
  if (meta.registrationStart) json['registratie_vanaf'] = Object.fromEntries(Object.entries(meta.registrationStart).map(([p, q]) => [p, quarterKey(q)]));
  return JSON.stringify(json, null, 2) + '\n';
}

export function writeDataset(dataset: Dataset, form: DatasetForm): Record<DatasetFileName, string> {
  const d = dataset;
  return {
    'metadata.json': formatMetadata(d.meta),
    'organisaties.csv': formatCsv('organisaties.csv', d.organisations.map((o) => [o.id, o.name, quarter(o.from), quarter(o.to), o.successorId ?? '']), form),
    'werkgebieden.csv': formatCsv('werkgebieden.csv', d.serviceAreas.map((a) => [a.organisationId, a.municipalityCode, quarter(a.from), quarter(a.to)]), form),
    'vestigingen.csv': formatCsv('vestigingen.csv', d.locations.map((l) => [l.id, l.organisationId, l.name, l.municipalityCode, l.lon, l.lat, quarter(l.from), quarter(l.to)]), form),
    'ido.csv': formatCsv('ido.csv', d.idoStatusChanges.map((c) => [c.locationId, c.status, quarter(c.from)]), form),
    'sek.csv': formatCsv('sek.csv', d.sekParticipations.map((p) => [p.municipalityCode, p.organisationId, p.variant, quarter(p.from), quarter(p.to)]), form),
    'belastingdienst.csv': formatCsv('belastingdienst.csv', d.taxPartnerships.map((p) => [p.organisationId, quarter(p.from), quarter(p.to)]), form),
  };
}

/** Empty files with the right headers, and a metadata.json to fill in. */
export function emptyTemplates(form: DatasetForm): Record<DatasetFileName, string> {
  const files = Object.fromEntries((Object.keys(DATASET_COLUMNS) as DatasetCsvName[]).map((file) => [file, formatCsv(file, [], form)]));
  return { 'metadata.json': formatMetadata({ name: 'Naam van de registratie', source: 'Waar de gegevens vandaan komen, met datum', isExample: false }), ...files } as Record<DatasetFileName, string>;
}
