/**
 * The corpus of files people really have, good and bad: each case is a small
 * change to a valid fixture (or a file made for the test) with the result or
 * the message it must give. Loading never throws, and a file-level problem
 * never offers a half dataset.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { largeDataset, rowCount } from '../../scripts/lib/largeDataset';
import { defaultGeoDir, readSharedGeo, REPO_ROOT } from '../../scripts/lib/readSharedGeo';
import { loadDataset, type InputFile } from '../../src/lib/data/loadDataset';
import { shapesFromTopology } from '../../src/lib/data/municipalityShapes';
import { groupProblems } from '../../src/lib/data/problemGroups';
import { writeDataset } from '../../src/lib/data/writeDataset';
import { parseQuarterKey } from '../../src/lib/domain/quarter';
import type { DataProblem } from '../../src/lib/domain/types';
import { nl } from '../../src/lib/i18n/allNl';
import { en } from '../../src/lib/i18n/en';

const { index: geo, topologies } = readSharedGeo(defaultGeoDir());
const shapeCache = new Map([...topologies].map(([id, topology]) => [id, shapesFromTopology(topology)]));
const shapes = (versionId: string) => shapeCache.get(versionId);
const fixture = (folder: string): InputFile[] =>
  readdirSync(join(REPO_ROOT, 'tests', 'fixtures', folder))
    .sort()
    .map((name) => ({ name, bytes: new Uint8Array(readFileSync(join(REPO_ROOT, 'tests', 'fixtures', folder, name))) }));
const corpusFile = (name: string) => new Uint8Array(readFileSync(join(REPO_ROOT, 'tests', 'fixtures', 'corpus', name)));
const utf8 = (text: string) => new TextEncoder().encode(text);
const textOf = (file: InputFile) => new TextDecoder().decode(file.bytes);
const q = (key: string) => parseQuarterKey(key)!;

/** The small valid fixture with one file's text changed. */
function edit(name: string, from: string | RegExp, to: string): InputFile[] {
  return fixture('dataset-small').map((file) => {
    if (file.name !== name) return file;
    const changed = textOf(file).replace(from, to);
    if (changed === textOf(file)) throw new Error(`test setup: ${String(from)} not in ${name}`);
    return { name, bytes: utf8(changed) };
  });
}
const replaceFile = (name: string, bytes: Uint8Array, as = name) => [...fixture('dataset-small').filter((f) => f.name !== name), { name: as, bytes }];
const withoutFile = (name: string) => fixture('dataset-small').filter((f) => f.name !== name);

const allProblems: DataProblem[] = [];
const load = (files: InputFile[]) => {
  const result = loadDataset(files, geo, { shapes });
  allProblems.push(...result.problems);
  return result;
};
const notes = (problems: DataProblem[]) => problems.filter((p) => p.severity !== 'error');

describe('files that load', () => {
  it('the Dutch Excel folder: ; separator, decimal comma, BOM, Windows-1252, quoted separators and newlines, dates, names, short codes, odd file names', () => {
    const { dataset, problems } = load(fixture('dataset-excel-nl'));
    const reference = load(fixture('dataset-small')).dataset!;
    expect(problems.filter((p) => p.severity !== 'info')).toEqual([]);
    expect(new Set(problems.map((p) => p.kind))).toEqual(new Set(['metadata-defaults', 'decoded-windows-1252', 'municipality-by-name']));
    expect(problems.find((p) => p.kind === 'decoded-windows-1252')!.file).toBe('Organisaties.csv');
    expect(dataset!.organisations.map((o) => o.name)).toEqual(['Bibliotheek Noord-Groningen, regio', 'Bibliotheek Amsterdam', 'Biblionet Groningen – Fryslân']);
    expect(dataset!.locations[0]!.name).toBe('Bibliotheek\r\nAppingedam');
    expect(dataset!.locations[2]!.name).toBe('OBA Oosterdok; centrale');
    const withoutNames = <T extends { name?: string }>(items: T[]) => items.map(({ name: _name, ...rest }) => rest);
    expect(withoutNames(dataset!.organisations)).toEqual(withoutNames(reference.organisations));
    expect(withoutNames(dataset!.locations)).toEqual(withoutNames(reference.locations));
    for (const key of ['serviceAreas', 'idoStatusChanges', 'sekParticipations', 'taxPartnerships'] as const) expect(dataset![key], key).toEqual(reference[key]);
  });

  it.each([
    ['comma-separated UTF-8 without BOM', fixture('dataset-small'), []],
    ['tab-separated UTF-16 (Excel “Unicode text”)', replaceFile('organisaties.csv', utf16(textOf(fixture('dataset-small').find((f) => f.name === 'organisaties.csv')!).replace(/,/g, '\t').replace('Noord-Groningen\t regio', 'Noord-Groningen, regio'))), []],
    ['a quoted name holding the separator, a quote and a newline', edit('organisaties.csv', 'Bibliotheek Amsterdam', '"Bibliotheek ""OBA"", Amsterdam\ncentrum"'), []],
    ['quarters as 2020 Q4, Q4 2020, 2020K4 and a date', edit('sek.csv', 'GM0363,ORG2,landelijk,2020-Q4,', 'GM0363,ORG2,landelijk,15-11-2020,\nGM0363,ORG1,lokaal,2020 Q3,Q4 2020\nGM0003,ORG2,landelijk,2020K4,2021-01-01'), []],
    ['codes as 363, 0363, gm0363 and a name', edit('werkgebieden.csv', 'ORG2,GM0363,2020-Q1,', 'ORG2,363,2020-Q1,2020-Q3\nORG2,0363,2020-Q3,2021-Q1\nORG2,gm0363,2021-Q1,2021-Q3\nORG2,Amsterdam,2021-Q3,'), ['municipality-by-name']],
    ['no metadata.json: defaults derived from the rows', withoutFile('metadata.json'), ['metadata-defaults']],
    ['no sek.csv: the programme is “no data”', withoutFile('sek.csv'), ['programme-file-missing']],
    ['an extra file (annotaties.csv) is ignored with a warning', [...fixture('dataset-small'), { name: 'annotaties.csv', bytes: utf8('kwartaal,tekst\n2020-Q1,x\n') }], ['unknown-file']],
    ['a file under another name is recognised by its columns', replaceFile('organisaties.csv', fixture('dataset-small').find((f) => f.name === 'organisaties.csv')!.bytes, 'export (3).csv'), ['file-recognised']],
    ['a code that stops existing during its row is carried on, with a note', edit('werkgebieden.csv', 'ORG2,GM0363,2020-Q1,', 'ORG2,GM0363,2020-Q1,\nORG2,GM0457,2020-Q1,'), ['municipality-mapped']],
  ] as const)('%s', (_name, files, noteKinds) => {
    const { dataset, problems } = load([...files]);
    expect(problems.filter((p) => p.severity === 'error')).toEqual([]);
    expect(dataset).not.toBeNull();
    expect([...new Set(notes(problems).map((p) => p.kind))].sort()).toEqual([...noteKinds].sort());
  });

  it('derives the metadata from the rows without metadata.json', () => {
    const { dataset } = load(withoutFile('metadata.json'));
    expect(dataset!.meta).toEqual({
      name: '',
      source: '',
      isExample: false,
      firstQuarter: q('2020-Q1'),
      // The newest boundary version's year is the end at the earliest (rows are open-ended).
      lastQuarter: q('2023-Q4'),
      registrationStart: { ido: q('2020-Q1'), sek: q('2020-Q3'), belastingdienst: q('2020-Q1') },
    });
  });

  it('leaves a programme without its file unregistered (after the last quarter)', () => {
    const { dataset } = load(withoutFile('sek.csv'));
    expect(dataset!.meta.registrationStart.sek).toBeGreaterThan(dataset!.meta.lastQuarter);
    expect(dataset!.sekParticipations).toEqual([]);
  });

  it('reads back what it writes, in both forms', () => {
    const { dataset } = load(fixture('dataset-small'));
    for (const form of ['canonical', 'excel-nl'] as const) {
      const written = Object.entries(writeDataset(dataset!, form)).map(([name, text]) => ({ name, bytes: utf8(text) }));
      const again = load(written);
      expect(again.problems, form).toEqual([]);
      expect(again.dataset, form).toEqual(dataset);
    }
  });
});

describe('bad input: the message, and nothing half-loaded', () => {
  // [case, files, kind, file, row, column, message, rows can be left out]
  it.each([
    ['an empty file', replaceFile('organisaties.csv', corpusFile('empty.csv')), 'empty-file', 'organisaties.csv', null, null, 'empty-file', false],
    ['a file with only the header', edit('organisaties.csv', /\n[\s\S]*$/, '\n'), 'no-rows', 'organisaties.csv', null, null, 'no-rows', false],
    ['a binary file renamed to .csv', replaceFile('organisaties.csv', corpusFile('binary-renamed.csv')), 'not-text', 'organisaties.csv', null, null, 'not-text.binary', false],
    ['an Excel workbook renamed to .csv', replaceFile('vestigingen.csv', corpusFile('workbook-renamed.csv')), 'not-text', 'vestigingen.csv', null, null, 'not-text.excel-workbook', false],
    ['a file given twice', [...fixture('dataset-small'), { name: 'Organisaties (1).csv', bytes: fixture('dataset-small').find((f) => f.name === 'organisaties.csv')!.bytes }], 'duplicate-file', 'Organisaties (1).csv', null, null, 'duplicate-file', false],
    ['a missing required column', edit('vestigingen.csv', 'lon,lat', 'x,lat'), 'missing-column', 'vestigingen.csv', null, 'lon', 'missing-column', false],
    ['metadata.json that is not JSON', replaceFile('metadata.json', utf8('{ naam: x')), 'bad-metadata', 'metadata.json', null, null, 'bad-metadata.json', false],
    ['an unknown municipality code', edit('werkgebieden.csv', 'ORG2,GM0363', 'ORG2,GM9999'), 'unknown-municipality', 'werkgebieden.csv', 5, 'gemeente_code', 'unknown-municipality', true],
    ['a short code that never existed', edit('werkgebieden.csv', 'ORG2,GM0363', 'ORG2,9999'), 'unknown-municipality', 'werkgebieden.csv', 5, 'gemeente_code', 'unknown-municipality', true],
    ['a name that fits no municipality', edit('werkgebieden.csv', 'ORG2,GM0363', 'ORG2,Atlantis'), 'unknown-municipality', 'werkgebieden.csv', 5, 'gemeente_code', 'unknown-municipality', true],
    ['an ambiguous name (Bergen)', edit('werkgebieden.csv', 'ORG2,GM0363', 'ORG2,Bergen'), 'ambiguous-municipality', 'werkgebieden.csv', 5, 'gemeente_code', 'ambiguous-municipality', true],
    ['a municipality that did not exist yet', edit('werkgebieden.csv', 'ORG3,GM1979,2021-Q1', 'ORG3,GM1979,2020-Q4'), 'municipality-not-yet', 'werkgebieden.csv', 4, 'gemeente_code', 'municipality-not-yet', true],
    ['a duplicate organisation id', edit('organisaties.csv', 'ORG2,Bibliotheek Amsterdam', 'ORG1,Bibliotheek Amsterdam'), 'duplicate-id', 'organisaties.csv', 3, 'organisatie_id', 'duplicate-id', true],
    ['a location id in overlapping periods', edit('vestigingen.csv', 'V2,ORG2,OBA Oosterdok,GM0363,4.9080,52.3760,2020-Q1,', 'V2,ORG2,OBA Oosterdok,GM0363,4.9080,52.3760,2020-Q1,\nV2,ORG2,OBA Oosterdok,GM0363,4.9080,52.3760,2021-Q1,'), 'duplicate-id', 'vestigingen.csv', 5, 'vanaf', 'duplicate-id.location', true],
    ['overlapping periods of one werkgebied', edit('werkgebieden.csv', 'ORG2,GM0363,2020-Q1,', 'ORG2,GM0363,2020-Q1,\nORG2,GM0363,2021-Q2,'), 'overlapping-period', 'werkgebieden.csv', 6, 'vanaf', 'overlapping-period', true],
    ['an end before the start', edit('sek.csv', 'GM0003,ORG1,lokaal,2020-Q3,2021-Q1', 'GM0003,ORG1,lokaal,2020-Q3,2020-Q1'), 'period-order', 'sek.csv', 2, 'tot', 'period-order', true],
    ['an end in the same quarter as the start (two dates)', edit('belastingdienst.csv', 'ORG2,2020-Q1,', 'ORG2,5-1-2020,20-3-2020'), 'period-order', 'belastingdienst.csv', 2, 'tot', 'period-order', true],
    ['a location outside its municipality', edit('vestigingen.csv', 'GM0363,4.9080,52.3760', 'GM0363,5.1214,52.0907'), 'location-outside-municipality', 'vestigingen.csv', 4, 'lon,lat', 'location-outside-municipality', true],
    ['lon and lat swapped', edit('vestigingen.csv', 'GM0363,4.9080,52.3760', 'GM0363,52.3760,4.9080'), 'outside-netherlands', 'vestigingen.csv', 4, 'lon,lat', 'outside-netherlands.swapped', true],
    ['a status that is not allowed', edit('ido.csv', 'V2,open,2020-Q1', 'V2,geopend,2020-Q1'), 'bad-status', 'ido.csv', 4, 'status', 'bad-status', true],
    ['a variant that is not allowed', edit('sek.csv', 'landelijk', 'nationaal'), 'bad-variant', 'sek.csv', 3, 'variant', 'bad-variant', true],
    ['an unreadable quarter', edit('belastingdienst.csv', 'ORG2,2020-Q1,', 'ORG2,Q5 2020,'), 'bad-quarter', 'belastingdienst.csv', 2, 'vanaf', 'bad-quarter', true],
    ['a number that is not one', edit('vestigingen.csv', '4.9080,52.3760', '4.9080,52.37.60'), 'bad-number', 'vestigingen.csv', 4, 'lat', 'bad-number', true],
  ] as const)('%s', (_name, files, kind, file, row, column, message, keepsRows) => {
    const result = load([...files]);
    expect(result.dataset).toBeNull();
    expect(result.problems).toContainEqual(expect.objectContaining({ kind, file, row, column, message, severity: 'error' }));
    if (keepsRows) {
      expect(result.withoutErrorRows).not.toBeNull();
      expect(result.rowsLeftOut).toBeGreaterThan(0);
    } else expect(result.withoutErrorRows).toBeNull();
  });

  it('leaves out the rows that depend on a row with an error, and reports them', () => {
    const result = load(edit('vestigingen.csv', 'GM0363,4.9080,52.3760', 'GM0363,5.1214,52.0907'));
    expect(result.withoutErrorRows!.locations.map((l) => l.id)).toEqual(['V1', 'V1']);
    expect(result.withoutErrorRows!.idoStatusChanges.map((c) => c.locationId)).toEqual(['V1', 'V1']);
    expect(result.problems).toContainEqual(expect.objectContaining({ kind: 'unknown-location', file: 'ido.csv', row: 4 }));
    expect(result.rowsLeftOut).toBe(2);
  });

  it('never throws, whatever the bytes', () => {
    for (let seed = 1; seed <= 20; seed++) {
      const bytes = new Uint8Array(Array.from({ length: 300 }, (_, i) => (seed * 7919 + i * 104729) % 256));
      expect(() => load(replaceFile('werkgebieden.csv', bytes))).not.toThrow();
    }
    // Bytes like a CSV's (separators, quotes, line ends, header names, high bytes of Windows-1252, a stray control byte),
    // so most inputs get past the binary check and into the CSV parser and the row checks.
    const random = seededRandom(20261201);
    const pieces = [',', ';', '\t', '"', '""', '\n', '\r\n', '\r', ' ', 'organisatie_id', 'gemeente_code', 'vanaf', 'tot', 'ORG1', 'GM0363', '2020-Q1', '31-12-9999', '=1+1', '\u00e9', '\u200b', 'x'];
    let reachedParser = 0;
    for (let round = 0; round < 150; round++) {
      const text = Array.from({ length: 1 + Math.floor(random() * 80) }, () => pieces[Math.floor(random() * pieces.length)]).join('');
      const bytes = utf8(text);
      // Now and then a byte that is not UTF-8 (Windows-1252) or a control byte.
      if (random() < 0.3) bytes[Math.floor(random() * bytes.length)] = [0xe9, 0x80, 0x01, 0x1b][Math.floor(random() * 4)]!;
      const header = random() < 0.5 ? utf8('organisatie_id,gemeente_code,vanaf,tot\n') : new Uint8Array();
      const files = replaceFile('werkgebieden.csv', new Uint8Array([...header, ...bytes]));
      let result: ReturnType<typeof load> | undefined;
      expect(() => (result = load(files)), JSON.stringify(text)).not.toThrow();
      const ownProblems = result!.problems.filter((p) => p.file === 'werkgebieden.csv');
      if (!ownProblems.some((p) => p.kind === 'not-text' || p.kind === 'empty-file')) reachedParser++;
    }
    expect(reachedParser).toBeGreaterThan(100);
  }, 60_000);

  it('has a message and a group title in both languages for every problem it gave', () => {
    const missing = [...new Set(allProblems.flatMap((p) => [`data.expected.${p.message}`, `data.kind.${p.kind}`]))].filter((key) => !(key in nl) || !(key in en));
    expect(allProblems.length).toBeGreaterThan(30);
    expect(missing).toEqual([]);
  });
});

describe('a generated file of 100,000 rows', () => {
  const example = load(fixture('../../data/example')).dataset;
  it('loads without errors, every row in the dataset', () => {
    const big = largeDataset(example!, 100_000);
    expect(rowCount(big)).toBe(100_000);
    const files = Object.entries(writeDataset(big, 'excel-nl')).map(([name, text]) => ({ name, bytes: utf8(text) }));
    const progress: number[] = [];
    const result = loadDataset(files, geo, { shapes, onProgress: (done) => progress.push(done) });
    expect(result.problems.filter((p) => p.severity === 'error')).toEqual([]);
    expect(rowCount(result.dataset!)).toBe(100_000);
    expect(progress.at(-1)).toBe(100_000);
  }, 60_000);

  it('groups and counts 10,000 bad rows in it', () => {
    const big = largeDataset(example!, 100_000);
    const files = Object.entries(writeDataset(big, 'canonical')).map(([name, text]) => {
      if (name !== 'ido.csv') return { name, bytes: utf8(text) };
      const lines = text.split('\n');
      // Every ido row at a multiple of 5 gets a status that is not allowed.
      let bad = 0;
      const changed = lines.map((line, i) => (i > 0 && i % 5 === 0 && line ? (bad++, line.replace(/,(gepland|open|gesloten),/, ',dicht,')) : line));
      return { name, bytes: utf8(changed.join('\n')), bad };
    });
    const expectedBad = (files.find((f) => f.name === 'ido.csv') as { bad: number }).bad;
    const result = loadDataset(files, geo);
    const group = groupProblems(result.problems).find((g) => g.kind === 'bad-status')!;
    expect(group.rows).toBe(expectedBad);
    expect(result.rowsLeftOut).toBe(expectedBad);
    expect(rowCount(result.withoutErrorRows!)).toBe(100_000 - expectedBad);
  }, 60_000);
});

/** A small deterministic generator (mulberry32), so a failing input can be found again. */
function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function utf16(text: string): Uint8Array {
  const out = new Uint8Array(2 + text.length * 2);
  out[0] = 0xff;
  out[1] = 0xfe;
  for (let i = 0; i < text.length; i++) {
    out[2 + i * 2] = text.charCodeAt(i) & 0xff;
    out[3 + i * 2] = text.charCodeAt(i) >> 8;
  }
  return out;
}
