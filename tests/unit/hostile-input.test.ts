/**
 * The hostile and odd input corpus (tests/fixtures/hostile/cases.ts) through
 * the loader the browser's worker and the data build share: each case gives
 * its problem with file, row and column, the outcome it must (loads, rows left
 * out, or nothing to show), and causes lead their consequences.
 */
import { describe, expect, it } from 'vitest';
import { defaultGeoDir, readSharedGeo } from '../../scripts/lib/readSharedGeo';
import { HOSTILE_CASES, smallDataset } from '../fixtures/hostile/cases';
import { loadDataset } from '../../src/lib/data/loadDataset';
import { shapesFromTopology } from '../../src/lib/data/municipalityShapes';
import { describeProblems, groupProblems } from '../../src/lib/data/problemGroups';
import { problemsCsv } from '../../src/lib/data/problemsCsv';
import { writeDataset } from '../../src/lib/data/writeDataset';
import { parseQuarterKey, quarterRange } from '../../src/lib/domain/quarter';
import { timeSeriesCsv } from '../../src/lib/text/csvExport';
import { createCodeResolver } from '../../src/lib/data/lineage';
import { boundaryVersionForQuarter } from '../../src/lib/domain/boundaries';
import { getQuarterCoverage, indexDataset } from '../../src/lib/domain/coverage';
import { csvWords } from '../../src/lib/text/csvWords';

const { index: geo, topologies } = readSharedGeo(defaultGeoDir());
const shapeCache = new Map([...topologies].map(([id, topology]) => [id, shapesFromTopology(topology)]));
const load = (files: Parameters<typeof loadDataset>[0], stripInvisible = false) => loadDataset(files, geo, { shapes: (id) => shapeCache.get(id), stripInvisible });
const caseById = (id: string) => HOSTILE_CASES.find((c) => c.id === id)!;

describe('each hostile case', () => {
  it.each(HOSTILE_CASES.map((c) => [c.title, c] as const))('%s', (_title, hostile) => {
    const result = load(hostile.files);
    if (hostile.problem) expect(result.problems).toContainEqual(expect.objectContaining(hostile.problem));
    else expect(result.problems).toEqual([]);
    const errors = result.problems.filter((p) => p.severity === 'error');
    if (hostile.outcome === 'loads') expect(errors).toEqual([]);
    if (hostile.outcome === 'rows-left-out') expect([result.dataset, result.withoutErrorRows !== null, errors.length > 0]).toEqual([null, true, true]);
    if (hostile.outcome === 'blocked') expect([result.dataset, result.withoutErrorRows]).toEqual([null, null]);
    const groups = groupProblems(result.problems);
    if (hostile.firstGroup) expect(groups[0]!.kind).toBe(hostile.firstGroup);
    if (hostile.consequences) expect(groups[0]!.consequences.map((g) => g.kind)).toEqual(expect.arrayContaining(hostile.consequences));
    // Every error names its file, and every row-level error its row.
    for (const p of errors) expect(p.file === '' ? p.kind : p.file).toBeTruthy();
  });
});

describe('what each case makes of the data', () => {
  it('reads 31-12-9999 as no end, so the quarters stay bounded and the all-quarters CSV is written', () => {
    const { dataset } = load(caseById('far-future-end').files);
    expect(dataset!.organisations.find((o) => o.id === 'ORG2')!.to).toBeNull();
    expect(dataset!.meta.lastQuarter).toBe(parseQuarterKey('2021-Q4'));
    const quarters = quarterRange(dataset!.meta.firstQuarter, dataset!.meta.lastQuarter);
    expect(quarters).toHaveLength(8);
    const index = indexDataset(dataset!);
    const resolver = createCodeResolver(geo);
    const csv = timeSeriesCsv((q) => getQuarterCoverage(index, resolver, boundaryVersionForQuarter(geo, q).municipalities, q), quarters, [], { language: 'nl', words: csvWords('nl') });
    expect(csv.trim().split('\n').at(-1)).toMatch(/^2021-Q4;/);
  });

  it('keeps a formula-like name as data but neutralises it in every CSV written from it', () => {
    const { dataset } = load(caseById('formula-name').files);
    expect(dataset!.organisations[1]!.name).toBe("=cmd|' /C calc'!A0");
    for (const form of ['canonical', 'excel-nl'] as const) {
      const written = writeDataset(dataset!, form)['organisaties.csv'];
      expect(written).toContain(`'=cmd|' /C calc'!A0`);
      expect(written.split(/\r?\n/).some((line) => /(^|[,;])"?=/.test(line))).toBe(false);
      // Read back, the name is as it was.
      const again = load(Object.entries(writeDataset(dataset!, form)).map(([name, text]) => ({ name, bytes: new TextEncoder().encode(text) })));
      expect(again.dataset!.organisations[1]!.name).toBe("=cmd|' /C calc'!A0");
    }
  });

  it('writes a problem value such as @SUM(1+1) neutralised in the problems CSV', () => {
    const { problems } = load(smallDataset().map((f) => (f.name === 'sek.csv' ? { ...f, bytes: new TextEncoder().encode(new TextDecoder().decode(f.bytes).replace('landelijk', '@SUM(1+1)')) } : f)));
    const csv = problemsCsv(problems, 'en');
    expect(csv).toContain("'@SUM(1+1)");
    expect(csv).not.toMatch(/(^|,)@SUM/m);
  });

  it('shows an invisible character in the value, and strips it with a note when asked', () => {
    const { problems } = load(caseById('invisible-character').files);
    expect(problems).toContainEqual(expect.objectContaining({ kind: 'unknown-municipality', row: 5, value: 'GM0363⟨U+200B⟩' }));
    expect(problems.find((p) => p.kind === 'invisible-characters')!.expected).toContain('U+200B (zero-width space)');
    const stripped = load(caseById('invisible-character').files, true);
    expect(stripped.problems.filter((p) => p.severity !== 'info')).toEqual([]);
    expect(stripped.problems).toContainEqual(expect.objectContaining({ kind: 'invisible-stripped', row: 5, severity: 'info' }));
    expect(stripped.dataset!.serviceAreas.map((a) => a.municipalityCode)).toContain('GM0363');
  });

  it('reads a UTF-8 file with one bad byte as UTF-8: the accented names stay right', () => {
    const { dataset, problems } = load(caseById('one-bad-byte').files);
    expect(dataset!.organisations.map((o) => o.name)).toContain('Súdwest-Fryslân');
    expect(problems.some((p) => p.kind === 'decoded-windows-1252')).toBe(false);
  });

  it('points a reference written in another case to the id it means', () => {
    const files = smallDataset().map((f) => (f.name === 'belastingdienst.csv' ? { ...f, bytes: new TextEncoder().encode(new TextDecoder().decode(f.bytes).replace('ORG2,', 'org2,')) } : f));
    const { problems } = load(files);
    expect(problems).toContainEqual(expect.objectContaining({ kind: 'unknown-organisation', message: 'unknown-organisation.similar', params: expect.objectContaining({ similar: 'ORG2', line: 3 }) }));
  });

  it('names the organisation row that a werkgebied falls outside of, as its cause', () => {
    const { problems } = load(caseById('cause-named').files);
    const outside = problems.find((p) => p.kind === 'outside-period' && p.file === 'werkgebieden.csv')!;
    expect(outside.params).toEqual(expect.objectContaining({ id: 'ORG1', file: 'organisaties.csv', line: 2 }));
    expect(outside.expected).toContain('organisaties.csv row 2');
  });

  it('reads a UTC timestamp as the date in Dutch time: 2020-12-31T23:00:00Z is 1 January 2021', () => {
    const { dataset, problems } = load(caseById('utc-timestamp').files);
    expect(dataset!.organisations[0]!.to).toBe(parseQuarterKey('2021-Q1'));
    expect(problems.find((p) => p.kind === 'timestamp-local')!.params).toEqual({ date: '2021-01-01', quarter: '2021-Q1' });
  });

  it('escapes control characters in everything the command line prints', () => {
    const { problems } = load(caseById('terminal-escape').files);
    const text = describeProblems(problems);
    expect(text).toContain('werkgebieden.csv row 5');
    expect(text).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/);
  });

  it('reports an unclosed quote where it opens, and offers nothing to show', () => {
    const result = load(caseById('unclosed-quote').files);
    const groups = groupProblems(result.problems);
    expect(groups[0]!.problems).toEqual([expect.objectContaining({ kind: 'unclosed-quote', row: 3 })]);
    // The organisations after it are unknown because of it: grouped under it, not beside it.
    expect(groups[0]!.consequences[0]!.problems.every((p) => p.cause?.file === 'organisaties.csv')).toBe(true);
    expect(groups.some((g) => g.kind === 'unknown-organisation' && g.severity === 'error')).toBe(false);
  });

  it('does not offer the rows without errors when most rows of a file fail on their own', () => {
    const rows = Array.from({ length: 30 }, (_, i) => `ORG2;${2019 + (i % 3)}-Q1;`).join('\n');
    const files = smallDataset().map((f) => (f.name === 'belastingdienst.csv' ? { ...f, bytes: new TextEncoder().encode(`organisatie_id,vanaf,tot\nORG1,2020-Q1,2021-Q1\n${rows}\n`) } : f));
    const result = load(files);
    expect(result.problems).toContainEqual(expect.objectContaining({ kind: 'mostly-unreadable', file: 'belastingdienst.csv', row: null, params: { rows: 30, total: 31 } }));
    expect(result.withoutErrorRows).toBeNull();
  });
});
