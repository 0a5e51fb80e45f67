/**
 * The checks that rows of several files share: a period (vanaf/tot in
 * order), a municipality (a code in any usual form or a name, existing when
 * the row starts, carried on through the lineage when it stops), a
 * reference to an organisation that exists for the whole period, a point in
 * the Netherlands, and "no two rows of the same thing in one quarter". Each
 * records a problem on the row's table and returns null instead of throwing.
 * It also keeps the earliest and latest quarter the rows name, for the
 * metadata defaults.
 */
import { boundaryVersionForQuarter } from '../domain/boundaries';
import type { CsvRow, CsvTable } from './csvTable';
import { NETHERLANDS_BOUNDS } from './datasetSchema';
import { createCodeResolver, type CodeResolver } from './lineage';
import { createMunicipalityNames, type MunicipalityNames } from './municipalityNames';
import { normaliseMunicipalityCode } from './municipalitySearch';
import { periodsOverlap, quarterKey, quarterOfDate, type Period, type Quarter } from '../domain/quarter';
import type { GeoIndex, Organisation } from '../domain/types';
import { stripInvisible } from './visibleText';

/** Ids read from one file, so a reference to one can say why it is not there. */
export interface IdIndex {
  /** The file as the user named it. */
  file: string;
  /** Ids of rows that have an error themselves, with the row. */
  rejected: ReadonlyMap<string, number>;
  /** Each id by its folded form (case, spaces and invisible characters left out), with its row: `org001` finds `ORG001`. */
  folded: ReadonlyMap<string, { id: string; line: number }>;
  /** True when the file is absent or could not be read: every reference into it fails because of that. */
  unreadable: boolean;
}

/** The organisations read so far, with the row each came from. */
export interface OrganisationIndex extends Partial<IdIndex> {
  byId: ReadonlyMap<string, Organisation>;
  lines: ReadonlyMap<string, number>;
}

/** `ORG 001`, `org001` and `ORG001⟨U+200B⟩` are the same id to a person. */
export function foldId(id: string): string {
  return stripInvisible(id).toLowerCase().replace(/[\s_-]+/g, '');
}

/**
 * The message for a reference to an id that is not there, leading to the
 * cause where there is one: the row of that id has an error itself, the id is
 * there written differently, or its file could not be read.
 */
export function reportUnknownId(t: CsvTable, row: CsvRow, column: string, id: string, kind: string, index: Partial<IdIndex>): void {
  const rejected = index.rejected?.get(id);
  const similar = index.folded?.get(foldId(id));
  if (rejected !== undefined) t.report(kind, row.line, column, id, { id, file: index.file!, line: rejected }, { message: `${kind}.rejected`, cause: { file: index.file!, row: rejected } });
  else if (similar && similar.id !== id) t.report(kind, row.line, column, id, { id, similar: similar.id, file: index.file!, line: similar.line }, { message: `${kind}.similar` });
  else if (index.unreadable && index.file) t.report(kind, row.line, column, id, { id, file: index.file }, { message: `${kind}.file`, cause: { file: index.file, row: null } });
  else t.report(kind, row.line, column, id);
}

export class RowChecks {
  /** The earliest and latest quarter any row names (a `tot` counts as the quarter before it). */
  earliest: Quarter | null = null;
  latest: Quarter | null = null;
  readonly resolver: CodeResolver;
  readonly #names: MunicipalityNames;
  readonly #lastVersion: number;

  constructor(readonly geo: GeoIndex) {
    this.resolver = createCodeResolver(geo);
    this.#names = createMunicipalityNames(geo);
    this.#lastVersion = geo.versions.length - 1;
  }

  seen(quarter: Quarter): void {
    this.earliest = this.earliest === null ? quarter : Math.min(this.earliest, quarter);
    this.latest = this.latest === null ? quarter : Math.max(this.latest, quarter);
  }

  versionIndex(quarter: Quarter): number {
    return this.geo.versions.indexOf(boundaryVersionForQuarter(this.geo, quarter));
  }

  municipalityName(code: string, version: number): string {
    return this.geo.versions[version]?.municipalities.find((m) => m.code === code)?.name ?? code;
  }

  /** Reads vanaf/tot and checks that tot comes after vanaf. */
  period(t: CsvTable, row: CsvRow): Period | null {
    const from = t.quarter(row, 'vanaf');
    const to = t.optionalQuarter(row, 'tot');
    if (from === null || to === undefined) return null;
    if (to !== null && to <= from) {
      t.report('period-order', row.line, 'tot', t.cell(row, 'tot'), { from: quarterKey(from), to: quarterKey(to) });
      return null;
    }
    this.seen(from);
    if (to !== null) this.seen(to - 1);
    return { from, to };
  }

  /**
   * A CBS code in any usual form, or a name. It must be a municipality when
   * the row starts; if it stops existing during the row, the lineage carries
   * the row on, and the user is told.
   */
  municipalityCode(t: CsvTable, row: CsvRow, validity: Period): string | null {
    const raw = t.text(row, 'gemeente_code');
    if (raw === null) return null;
    const { geo, resolver } = this;
    const atStart = this.versionIndex(validity.from);
    let code = normaliseMunicipalityCode(raw);
    if (code === null) {
      const match = this.#names.find(raw, atStart);
      if (match.kind === 'ambiguous') {
        const candidates = match.candidates.map((m) => `${m.name} (${m.code})`).join(', ');
        t.report('ambiguous-municipality', row.line, 'gemeente_code', raw, { candidates });
        return null;
      }
      if (match.kind === 'none') {
        t.report('unknown-municipality', row.line, 'gemeente_code', raw);
        return null;
      }
      code = match.code;
      if (match.kind === 'one') t.report('municipality-by-name', row.line, 'gemeente_code', raw, { code }, { severity: 'info' });
    }
    const first = resolver.firstVersionOf(code);
    if (first === null) {
      t.report('unknown-municipality', row.line, 'gemeente_code', raw);
      return null;
    }
    if (first > atStart) {
      t.report('municipality-not-yet', row.line, 'gemeente_code', raw, { quarter: quarterKey(validity.from), code, date: geo.versions[first]!.validFrom });
      return null;
    }
    const last = resolver.lastVersionOf(code)!;
    const endVersion = validity.to === null ? this.#lastVersion : this.versionIndex(validity.to - 1);
    if (last < endVersion) {
      const successors = resolver.resolve(code, quarterInVersion(geo, endVersion)).map((s) => `${this.municipalityName(s.code, endVersion)} (${s.code})`);
      t.report('municipality-mapped', row.line, 'gemeente_code', raw, { code, name: this.municipalityName(code, last), date: geo.versions[last + 1]!.validFrom, to: successors.join(', ') }, { severity: 'info' });
    }
    return code;
  }

  /** The organisation must exist and exist for the whole period. */
  organisationRef(t: CsvTable, row: CsvRow, validity: Period, organisations: OrganisationIndex): string | null {
    const id = t.text(row, 'organisatie_id');
    if (id === null) return null;
    const organisation = organisations.byId.get(id);
    if (!organisation) {
      reportUnknownId(t, row, 'organisatie_id', id, 'unknown-organisation', organisations);
      return null;
    }
    if (!within(validity, organisation)) {
      // The organisation's own row is named: its period may be the one that is wrong (a date in UTC, say).
      const line = organisations.lines.get(id)!;
      const file = organisations.file ?? 'organisaties.csv';
      t.report('outside-period', row.line, 'vanaf', periodText(validity), { period: periodText(organisation), id, file, line }, { message: 'outside-period.organisation', cause: { file, row: line } });
      return null;
    }
    return id;
  }
}

/** The first quarter drawn on a boundary version (whose first day is on or after the version's start). */
function quarterInVersion(geo: GeoIndex, version: number): Quarter {
  const validFrom = geo.versions[version]!.validFrom;
  const quarter = quarterOfDate(validFrom)!;
  return validFrom.endsWith('-01-01') || validFrom.endsWith('-04-01') || validFrom.endsWith('-07-01') || validFrom.endsWith('-10-01') ? quarter : quarter + 1;
}

/** lon/lat inside the Netherlands, with a hint when the two are swapped. */
export function coordinates(t: CsvTable, row: CsvRow): { lon: number; lat: number } | null {
  const lon = t.number(row, 'lon');
  const lat = t.number(row, 'lat');
  if (lon === null || lat === null) return null;
  const b = NETHERLANDS_BOUNDS;
  const lonOk = lon >= b.lonMin && lon <= b.lonMax;
  const latOk = lat >= b.latMin && lat <= b.latMax;
  if (lonOk && latOk) return { lon, lat };
  const swapped = lat >= b.lonMin && lat <= b.lonMax && lon >= b.latMin && lon <= b.latMax;
  const value = `${t.cell(row, 'lon')} ${t.cell(row, 'lat')}`;
  if (swapped) t.report('outside-netherlands', row.line, 'lon,lat', value, {}, { message: 'outside-netherlands.swapped' });
  else t.report('outside-netherlands', row.line, lonOk ? 'lat' : 'lon', lonOk ? t.cell(row, 'lat') : t.cell(row, 'lon'), lonOk ? { min: b.latMin, max: b.latMax } : { min: b.lonMin, max: b.lonMax }, { message: lonOk ? 'outside-netherlands.lat' : 'outside-netherlands.lon' });
  return null;
}

export function within(inner: Period, outer: Period): boolean {
  if (inner.from < outer.from) return false;
  if (outer.to === null) return true;
  return inner.to !== null && inner.to <= outer.to;
}

export function periodText(period: Period): string {
  return `${quarterKey(period.from)}–${period.to === null ? '' : quarterKey(period.to - 1)}`;
}

/** Rows with the same key may not share a quarter: each later overlapping row is reported and left out. */
export function withoutOverlaps<T extends Period>(t: CsvTable, items: T[], lines: number[], key: (item: T) => string, what: string, kind = 'overlapping-period', message = kind): [T[], number[]] {
  const groups = new Map<string, number[]>();
  items.forEach((item, i) => {
    const k = key(item);
    const group = groups.get(k);
    if (group) group.push(i);
    else groups.set(k, [i]);
  });
  const dropped = new Set<number>();
  for (const [name, indexes] of groups) {
    if (indexes.length < 2) continue;
    indexes.sort((a, b) => items[a]!.from - items[b]!.from || lines[a]! - lines[b]!);
    let kept = indexes[0]!;
    for (let k = 1; k < indexes.length; k++) {
      const current = indexes[k]!;
      if (periodsOverlap(items[kept]!, items[current]!)) {
        t.report(kind, lines[current]!, 'vanaf', quarterKey(items[current]!.from), { what, key: name, line: lines[kept]!, period: periodText(items[kept]!), id: name }, { message });
        dropped.add(current);
      } else kept = current;
    }
  }
  if (!dropped.size) return [items, lines];
  return [items.filter((_, i) => !dropped.has(i)), lines.filter((_, i) => !dropped.has(i))];
}
