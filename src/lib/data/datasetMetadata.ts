/**
 * metadata.json: what the file says (each key optional, every wrong value
 * reported), and the metadata completed with defaults derived from the rows.
 */
import { parseQuarterText, quarterKey, quarterOfDate, quarterYear, type Quarter } from '../domain/quarter';
import { PROGRAMMES, type DataProblem, type DatasetMeta, type GeoIndex, type Programme } from '../domain/types';
import { stripByteOrderMark } from './csvRecords';
import { QUARTER_YEARS } from './csvTable';
import { dataProblem } from './dataProblem';

/** What metadata.json says, each key optional. */
export interface MetadataInput {
  name?: string;
  source?: string;
  isExample?: boolean;
  firstQuarter?: Quarter;
  lastQuarter?: Quarter;
  registrationStart?: Partial<Record<Programme, Quarter>>;
}

/** The keys metadata.json gives; null (with a `bad-metadata` problem per fault) when it is not a JSON object or a value is wrong. */
export function readMetadataJson(text: string, file: string, problems: DataProblem[]): MetadataInput | null {
  let ok = true;
  const fail = (column: string | null, value: string | null, message: string, params: Record<string, string> = {}) => {
    problems.push(dataProblem({ kind: 'bad-metadata', file, column, value, message: `bad-metadata.${message}`, params }));
    ok = false;
    return undefined;
  };
  let json: unknown;
  try {
    json = JSON.parse(stripByteOrderMark(text));
  } catch (error) {
    fail(null, null, 'json', { detail: (error as Error).message });
    return null;
  }
  if (typeof json !== 'object' || json === null || Array.isArray(json)) {
    fail(null, null, 'object');
    return null;
  }
  const object = json as Record<string, unknown>;
  const textValue = (key: string) => {
    const value = object[key];
    if (value === undefined) return undefined;
    return typeof value === 'string' && value.trim() ? value.trim() : fail(key, String(value), 'text');
  };
  // laatste_kwartaal is bounded by the data instead (lastQuarterNearData), with a message that says how far.
  const quarterValue = (key: string, value: unknown) => {
    if (value === undefined) return undefined;
    const parsed = typeof value === 'string' ? parseQuarterText(value) : null;
    if (parsed !== null && key !== 'laatste_kwartaal' && (quarterYear(parsed) < QUARTER_YEARS.min || quarterYear(parsed) > QUARTER_YEARS.max)) return fail(key, String(value), 'quarter-range', { min: String(QUARTER_YEARS.min), max: String(QUARTER_YEARS.max) });
    return parsed ?? fail(key, String(value), 'quarter');
  };
  const result: MetadataInput = {
    name: textValue('naam'),
    source: textValue('bron'),
    firstQuarter: quarterValue('eerste_kwartaal', object['eerste_kwartaal']),
    lastQuarter: quarterValue('laatste_kwartaal', object['laatste_kwartaal']),
  };
  if (object['voorbeeld'] !== undefined) {
    if (typeof object['voorbeeld'] === 'boolean') result.isExample = object['voorbeeld'];
    else fail('voorbeeld', String(object['voorbeeld']), 'boolean');
  }
  if (result.firstQuarter !== undefined && result.lastQuarter !== undefined && result.lastQuarter < result.firstQuarter) {
    fail('laatste_kwartaal', String(object['laatste_kwartaal']), 'order', { first: quarterKey(result.firstQuarter) });
  }
  const starts = object['registratie_vanaf'];
  if (starts !== undefined) {
    if (typeof starts !== 'object' || starts === null || Array.isArray(starts)) fail('registratie_vanaf', JSON.stringify(starts), 'starts');
    else {
      result.registrationStart = {};
      for (const programme of PROGRAMMES) {
        const quarter = quarterValue(`registratie_vanaf.${programme}`, (starts as Record<string, unknown>)[programme]);
        if (quarter !== undefined) result.registrationStart[programme] = quarter;
      }
    }
  }
  return ok ? result : null;
}

/** How far `laatste_kwartaal` may lie beyond the rows (and the newest boundary version's year): two years of slider with no data is a typo, not a plan. */
export const MAX_QUARTERS_BEYOND_DATA = 8;

/**
 * A `laatste_kwartaal` far beyond the data (9999-Q4 for "no end") would make
 * the time line, the slider and the all-quarters download walk to that year.
 * Reported as bad metadata; false when it is.
 */
export function lastQuarterNearData(input: MetadataInput, geo: GeoIndex, latest: Quarter | null, file: string, problems: DataProblem[]): boolean {
  if (input.lastQuarter === undefined) return true;
  const limit = Math.max(latest ?? 0, newestVersionYearEnd(geo)) + MAX_QUARTERS_BEYOND_DATA;
  if (input.lastQuarter <= limit) return true;
  const params = { latest: quarterKey(Math.max(latest ?? 0, newestVersionYearEnd(geo))), limit: quarterKey(limit) };
  problems.push(dataProblem({ kind: 'bad-metadata', file, column: 'laatste_kwartaal', value: quarterKey(input.lastQuarter), message: 'bad-metadata.far-beyond', params }));
  return false;
}

/** The last quarter of the newest boundary version's year: rows without `tot` run at least that far. */
function newestVersionYearEnd(geo: GeoIndex): Quarter {
  return Math.floor(quarterOfDate(geo.versions.at(-1)!.validFrom)! / 4) * 4 + 3;
}

/**
 * Defaults for what metadata.json leaves out: no name or source (the app
 * says "own data"), not an example, the quarters from the rows (from the
 * first boundary version's year at the earliest, to the newest version's year
 * at the latest or beyond), and each programme registered from its first
 * row. A programme without its file is never registered: "no data".
 */
export function completeMetadata(
  input: MetadataInput,
  geo: GeoIndex,
  earliest: Quarter | null,
  latest: Quarter | null,
  firstRows: Record<Programme, Quarter | null>,
  hasFile: (programme: Programme) => boolean,
): DatasetMeta {
  const boundaryFirst = quarterOfDate(geo.versions[0]!.validFrom)!;
  const newestYearEnd = newestVersionYearEnd(geo);
  const firstQuarter = input.firstQuarter ?? Math.max(earliest ?? boundaryFirst, boundaryFirst);
  const lastQuarter = Math.max(input.lastQuarter ?? Math.max(latest ?? newestYearEnd, newestYearEnd), firstQuarter);
  const never = lastQuarter + 1;
  const registrationStart = Object.fromEntries(
    PROGRAMMES.map((p) => [p, !hasFile(p) ? never : (input.registrationStart?.[p] ?? firstRows[p] ?? never)]),
  ) as Record<Programme, Quarter>;
  return { name: input.name ?? '', source: input.source ?? '', isExample: input.isExample ?? false, firstQuarter, lastQuarter, registrationStart };
}
