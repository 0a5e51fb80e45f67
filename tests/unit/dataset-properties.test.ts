/**
 * Property-based tests of the data format (fast-check): datasets generated
 * from its grammar, with awkward but legal values (any separator, line end
 * and byte order mark; headers in any case; quarters, codes and numbers in
 * every accepted form; names with quotes, separators, new lines, accents and
 * formula characters), and the same datasets with one defect each.
 *
 * - loading never throws;
 * - a valid dataset always loads, with the values it was written with;
 * - a defective row is always reported with its file, row and column;
 * - the worker's code gives the same result as Node's.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { defaultGeoDir, readSharedGeo } from '../../scripts/lib/readSharedGeo';
import { loadDataset, type InputFile } from '../../src/lib/data/loadDataset';
import { safeCsvWriter } from '../../src/lib/domain/csvSafety';
import { quarterOf, type Quarter } from '../../src/lib/domain/quarter';
import type { FromWorker, ToWorker } from '../../src/lib/load/workerProtocol';

const { index: geo } = readSharedGeo(defaultGeoDir());

// ---- the grammar

/** Municipalities that exist in every boundary version 2019–2023, by code and in the other accepted forms. */
const MUNICIPALITIES = [
  { code: 'GM0363', forms: ['GM0363', '363', '0363', 'gm0363', 'Amsterdam'] },
  { code: 'GM0344', forms: ['GM0344', '344', 'Utrecht'] },
  { code: 'GM0153', forms: ['GM0153', '0153', 'Enschede'] },
  { code: 'GM0599', forms: ['GM0599', 'gm599', 'Rotterdam'] },
  { code: 'GM0518', forms: ['GM0518', '518', 'Den Haag', "'s-Gravenhage"] },
];
const SEPARATORS = [',', ';', '\t'] as const;
type Separator = (typeof SEPARATORS)[number];

/** Every accepted way to write a quarter (docs/data.md). */
function quarterText(quarter: Quarter, form: number): string {
  const year = Math.floor(quarter / 4);
  const n = (quarter % 4) + 1;
  const month = (n - 1) * 3 + 1 + (form % 3);
  return [`${year}-Q${n}`, `${year} Q${n}`, `Q${n} ${year}`, `${year}K${n}`, `K${n} ${year}`, `${year}-${String(month).padStart(2, '0')}-15`, `15-${month}-${year}`, `15/${month}/${year}`][form % 8]!;
}
const headerText = (name: string, form: number) => [name, name.toUpperCase(), name.replace(/_/g, ' '), name.replace(/_/g, '-').replace(/^./, (c) => c.toUpperCase())][form % 4]!;

/** Names people give: quotes, separators, new lines, accents, an ampersand, a leading formula character. */
const nameArb = fc
  .array(fc.constantFrom('Bibliotheek', 'Súdwest-Fryslân', '"OBA"', 'a;b', 'c,d', 'e\tf', 'regel\nregel', '=SUM(1)', '+31', '@home', '-', 'Ĳssel', '’t Gooi', '&', ' '), { minLength: 1, maxLength: 4 })
  .map((parts) => parts.join(' ').trim())
  .filter((name) => name !== '' && !name.startsWith("'"));

interface Generated {
  separator: Separator;
  crlf: boolean;
  bom: boolean;
  organisations: { id: string; name: string; from: Quarter; to: Quarter | null }[];
  areas: { org: number; municipality: number }[];
  tax: number[];
  locations: { org: number; municipality: number; lon: number; lat: number; name: string }[];
  statuses: { location: number; offset: number; status: string }[];
  forms: number[];
}

const datasetArb: fc.Arbitrary<Generated> = fc
  .record({
    separator: fc.constantFrom(...SEPARATORS),
    crlf: fc.boolean(),
    bom: fc.boolean(),
    organisations: fc.uniqueArray(
      fc.record({ n: fc.integer({ min: 1, max: 999 }), name: nameArb, from: fc.integer({ min: 0, max: 15 }), length: fc.option(fc.integer({ min: 1, max: 8 }), { nil: null }) }),
      { minLength: 1, maxLength: 4, selector: (o) => o.n },
    ),
    forms: fc.array(fc.nat(), { minLength: 64, maxLength: 64 }),
    areaPicks: fc.array(fc.nat(), { minLength: 1, maxLength: 8 }),
    taxPicks: fc.array(fc.nat(), { maxLength: 4 }),
    locationPicks: fc.array(fc.record({ pick: fc.nat(), lon: fc.double({ min: 3.6, max: 7.0, noNaN: true }), lat: fc.double({ min: 51, max: 53.4, noNaN: true }), name: nameArb }), { maxLength: 3 }),
    statusPicks: fc.array(fc.record({ pick: fc.nat(), offset: fc.nat({ max: 3 }), status: fc.constantFrom('gepland', 'open', 'Gesloten', 'OPEN') }), { maxLength: 4 }),
  })
  .map((g) => {
    const organisations = g.organisations.map((o) => ({ id: `ORG${o.n}`, name: o.name, from: quarterOf(2019, 1) + o.from, to: o.length === null ? null : quarterOf(2019, 1) + o.from + o.length }));
    // Each organisation serves distinct municipalities (no werkgebied twice), the first always one.
    const areaKeys = new Set<string>(['0 0']);
    g.areaPicks.forEach((pick) => areaKeys.add(`${pick % organisations.length} ${Math.floor(pick / 7) % MUNICIPALITIES.length}`));
    const areas = [...areaKeys].map((key) => ({ org: Number(key.split(' ')[0]), municipality: Number(key.split(' ')[1]) }));
    const tax = [...new Set(g.taxPicks.map((pick) => pick % organisations.length))];
    const locations = g.locationPicks.map((l) => ({ org: l.pick % organisations.length, municipality: l.pick % MUNICIPALITIES.length, lon: Math.round(l.lon * 1e4) / 1e4, lat: Math.round(l.lat * 1e4) / 1e4, name: l.name }));
    const statusKeys = new Map<string, { location: number; offset: number; status: string }>();
    if (locations.length) for (const s of g.statusPicks) statusKeys.set(`${s.pick % locations.length} ${s.offset}`, { location: s.pick % locations.length, offset: s.offset, status: s.status });
    const statuses = [...statusKeys.values()].filter((s) => {
      const org = organisations[locations[s.location]!.org]!;
      return org.to === null || org.from + s.offset < org.to;
    });
    return { separator: g.separator, crlf: g.crlf, bom: g.bom, organisations, areas, tax, locations, statuses, forms: g.forms };
  });

/** The files of a generated dataset, each as its own awkward but legal CSV (metadata derived). */
function writeFiles(g: Generated): Record<string, string[][]> {
  let f = 0;
  const form = () => g.forms[f++ % g.forms.length]!;
  const org = (i: number) => g.organisations[i]!;
  const period = (o: Generated['organisations'][number]) => [quarterText(o.from, form()), o.to === null ? '' : quarterText(o.to, form())];
  const code = (m: number) => MUNICIPALITIES[m]!.forms[form() % MUNICIPALITIES[m]!.forms.length]!;
  const number = (value: number) => (g.separator === ',' && form() % 2 ? String(value) : String(value).replace('.', form() % 2 ? ',' : '.'));
  return {
    'organisaties.csv': [['organisatie_id', 'naam', 'vanaf', 'tot'], ...g.organisations.map((o) => [o.id, o.name, ...period(o)])],
    'werkgebieden.csv': [['organisatie_id', 'gemeente_code', 'vanaf', 'tot'], ...g.areas.map((a) => [org(a.org).id, code(a.municipality), ...period(org(a.org))])],
    'belastingdienst.csv': [['organisatie_id', 'vanaf', 'tot'], ...g.tax.map((i) => [org(i).id, ...period(org(i))])],
    'vestigingen.csv': [['vestiging_id', 'organisatie_id', 'naam', 'gemeente_code', 'lon', 'lat', 'vanaf', 'tot'], ...g.locations.map((l, i) => [`V${i + 1}`, org(l.org).id, l.name, code(l.municipality), number(l.lon), number(l.lat), ...period(org(l.org))])],
    'ido.csv': [['vestiging_id', 'status', 'vanaf'], ...g.statuses.map((s) => [`V${s.location + 1}`, s.status, quarterText(org(g.locations[s.location]!.org).from + s.offset, form())])],
  };
}

function toInputs(g: Generated, tables: Record<string, string[][]>): InputFile[] {
  const writer = safeCsvWriter(g.separator);
  return Object.entries(tables).map(([name, [header, ...rows]], i) => {
    const text = writer.formatRows([header!.map((h) => headerText(h, g.forms[i]!)), ...rows]) + '\n';
    return { name, bytes: new TextEncoder().encode((g.bom ? '\uFEFF' : '') + (g.crlf ? text.replace(/(?<!\r)\n/g, '\r\n') : text)) };
  });
}

// ---- defects: one cell of one row made wrong, and what it must be reported as

const DEFECTS: Record<string, { value: string; kind: string }> = {
  organisatie_id: { value: '', kind: 'empty-value' },
  naam: { value: ' ', kind: 'empty-value' },
  vanaf: { value: 'Q5 2020', kind: 'bad-quarter' },
  tot: { value: 'morgen', kind: 'bad-quarter' },
  gemeente_code: { value: 'GM9999', kind: 'unknown-municipality' },
  lon: { value: 'oost', kind: 'bad-number' },
  lat: { value: '99', kind: 'outside-netherlands' },
  status: { value: 'misschien', kind: 'bad-status' },
  vestiging_id: { value: '', kind: 'empty-value' },
};

const defectArb = fc.tuple(datasetArb, fc.nat(), fc.nat()).map(([g, filePick, cellPick]) => {
  const tables = writeFiles(g);
  const files = Object.entries(tables).filter(([, rows]) => rows.length > 1);
  const [file, rows] = files[filePick % files.length]!;
  const row = 1 + (cellPick % (rows.length - 1));
  const columns = rows[0]!.map((name, index) => ({ name, index })).filter((c) => c.name in DEFECTS);
  const column = columns[Math.floor(cellPick / 7) % columns.length]!;
  const changed = rows.map((r, i) => (i === row ? r.map((cell, k) => (k === column.index ? DEFECTS[column.name]!.value : cell)) : r));
  return { g, tables: { ...tables, [file]: changed }, file, row: row + 1, column: column.name, kind: DEFECTS[column.name]!.kind };
});

const RUNS = { numRuns: 60, seed: 20261201 };

describe('datasets generated from the format’s grammar', () => {
  it('a valid dataset always loads, with the values it was written with', () => {
    fc.assert(
      fc.property(datasetArb, (g) => {
        const result = loadDataset(toInputs(g, writeFiles(g)), geo);
        expect(result.problems.filter((p) => p.severity === 'error')).toEqual([]);
        // A file with CRLF line ends has them inside quoted values too, as Excel writes them.
        const written = (name: string) => (g.crlf ? name.replace(/\n/g, '\r\n') : name);
        expect(result.dataset!.organisations.map((o) => [o.id, o.name, o.from, o.to])).toEqual(g.organisations.map((o) => [o.id, written(o.name), o.from, o.to]));
        expect(result.dataset!.serviceAreas.map((a) => a.municipalityCode).sort()).toEqual(g.areas.map((a) => MUNICIPALITIES[a.municipality]!.code).sort());
        expect(result.dataset!.locations.map((l) => [l.lon, l.lat])).toEqual(g.locations.map((l) => [l.lon, l.lat]));
        expect(result.dataset!.idoStatusChanges).toHaveLength(g.statuses.length);
      }),
      RUNS,
    );
  }, 60_000);

  it('a defective row is always reported with its file, row and column, and nothing throws', () => {
    fc.assert(
      fc.property(defectArb, ({ g, tables, file, row, column, kind }) => {
        const result = loadDataset(toInputs(g, tables), geo);
        expect(result.dataset).toBeNull();
        const reported = result.problems.filter((p) => p.file === file && p.row === row && p.severity === 'error');
        expect(reported.map((p) => p.column).join(' ')).toContain(column);
        expect(reported.map((p) => p.kind)).toContain(kind);
      }),
      { ...RUNS, numRuns: 100 },
    );
  }, 60_000);
});

describe('the worker and Node', () => {
  it('give the same result for the same files', async () => {
    const posted: FromWorker[] = [];
    const scope = { postMessage: (message: FromWorker) => posted.push(structuredClone(message)), onmessage: null as null | ((event: { data: ToWorker }) => void) };
    (globalThis as unknown as { self: typeof scope }).self = scope;
    await import('../../src/lib/load/datasetWorker');
    const send = (data: ToWorker) => scope.onmessage!({ data });
    const samples = fc.sample(fc.oneof(datasetArb.map((g) => toInputs(g, writeFiles(g))), defectArb.map((d) => toInputs(d.g, d.tables))), { numRuns: 12, seed: 7 });
    for (const inputs of samples) {
      posted.length = 0;
      send({ type: 'load', geo, inputs: inputs.map((input) => ({ name: input.name, bytes: input.bytes.slice().buffer })) });
      // The worker asks for the shapes of the locations' boundary versions: none are given, as none are given to Node.
      await expect.poll(() => posted.some((m) => m.type === 'need-shapes' || m.type === 'result')).toBe(true);
      if (posted.some((m) => m.type === 'need-shapes')) send({ type: 'shapes', shapes: {} });
      await expect.poll(() => posted.find((m) => m.type === 'result')).toBeTruthy();
      const inWorker = posted.find((m) => m.type === 'result') as Extract<FromWorker, { type: 'result' }>;
      expect(inWorker.result).toEqual(structuredClone(loadDataset(inputs, geo)));
    }
  }, 60_000);
});
