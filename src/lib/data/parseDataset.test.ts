import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { defaultGeoDir, readSharedGeo, REPO_ROOT } from '../../../scripts/lib/readSharedGeo';
import { parseQuarterKey } from '../domain/quarter';
import { DATASET_FILES, parseDataset } from './parseDataset';

const { index: geo } = readSharedGeo(defaultGeoDir());
const fixtureDir = join(REPO_ROOT, 'tests', 'fixtures', 'dataset-small');
const validFiles = (): Record<string, string> => Object.fromEntries(DATASET_FILES.map((name) => [name, readFileSync(join(fixtureDir, name), 'utf8')]));
const q = (key: string) => parseQuarterKey(key)!;

/** The fixture with one file changed by a text replacement. */
function withChange(file: string, from: string | RegExp, to: string): Record<string, string> {
  const files = validFiles();
  const changed = files[file]!.replace(from, to);
  if (changed === files[file]) throw new Error(`test setup: "${String(from)}" not found in ${file}`);
  files[file] = changed;
  return files;
}

describe('a valid dataset', () => {
  const { dataset, problems } = parseDataset(validFiles(), geo);

  it('parses without problems into the domain model', () => {
    expect(problems).toEqual([]);
    expect(dataset!.meta).toEqual({
      name: 'Kleine testset',
      isExample: false,
      source: 'testset',
      firstQuarter: q('2020-Q1'),
      lastQuarter: q('2021-Q4'),
      registrationStart: { ido: q('2020-Q1'), sek: q('2020-Q3'), belastingdienst: q('2020-Q1') },
    });
    expect(dataset!.organisations[0]).toEqual({ id: 'ORG1', name: 'Bibliotheek Noord-Groningen, regio', from: q('2020-Q1'), to: q('2021-Q1'), successorId: 'ORG3' });
    expect(dataset!.locations).toHaveLength(3);
    expect(dataset!.idoStatusChanges[1]).toEqual({ locationId: 'V1', status: 'open', from: q('2020-Q3') });
    expect(dataset!.sekParticipations[1]).toEqual({ municipalityCode: 'GM0363', organisationId: 'ORG2', variant: 'landelijk', from: q('2020-Q4'), to: null });
  });

  describe('edge cases', () => {
    it('accepts a UTF-8 byte order mark, CRLF line ends and blank trailing lines', () => {
      const files = validFiles();
      files['organisaties.csv'] = '\uFEFF' + files['organisaties.csv']!.replace(/\n/g, '\r\n') + '\r\n\r\n';
      const result = parseDataset(files, geo);
      expect(result.problems).toEqual([]);
      expect(result.dataset!.organisations.map((o) => o.id)).toEqual(['ORG1', 'ORG2', 'ORG3']);
    });

    it('accepts a code retired later, and says which rows the lineage carries on', () => {
      const result = parseDataset(withChange('sek.csv', 'GM0003,ORG1,lokaal,2020-Q3,2021-Q1', 'GM0003,ORG1,lokaal,2020-Q3,2021-Q1\nGM0010,ORG3,landelijk,2021-Q1,'), geo);
      expect(result.dataset).not.toBeNull();
      expect(result.problems).toEqual([
        expect.objectContaining({ kind: 'municipality-mapped', severity: 'info', file: 'sek.csv', row: 3, value: 'GM0010', params: expect.objectContaining({ to: 'Eemsdelta (GM1979)' }) }),
      ]);
    });

    it('warns about an unknown extra column but still loads', () => {
      const result = parseDataset(withChange('belastingdienst.csv', 'organisatie_id,vanaf,tot', 'organisatie_id,vanaf,tot,opmerking'), geo);
      expect(result.dataset).not.toBeNull();
      expect(result.problems).toEqual([expect.objectContaining({ kind: 'unknown-column', severity: 'warning', column: 'opmerking' })]);
    });
  });
});

describe('bad input', () => {
  it.each([
    ['organisaties.csv', 'ORG2,Bibliotheek Amsterdam', 'ORG1,Bibliotheek Amsterdam', 'duplicate-id', 3, 'organisatie_id'],
    ['organisaties.csv', 'ORG2,Bibliotheek Amsterdam,2020-Q1', 'ORG2,,2020-Q1', 'empty-value', 3, 'naam'],
    ['organisaties.csv', 'ORG2,Bibliotheek Amsterdam,2020-Q1', 'ORG2,Bibliotheek Amsterdam,2020 Q5', 'bad-quarter', 3, 'vanaf'],
    ['organisaties.csv', '2020-Q1,2021-Q1,ORG3', '2020-Q1,2019-Q4,ORG3', 'period-order', 2, 'tot'],
    ['werkgebieden.csv', 'ORG2,GM0363', 'ORG7,GM0363', 'unknown-organisation', 5, 'organisatie_id'],
    ['werkgebieden.csv', 'ORG2,GM0363', 'ORG2,GM9999', 'unknown-municipality', 5, 'gemeente_code'],
    ['werkgebieden.csv', 'ORG3,GM1979,2021-Q1', 'ORG3,GM1979,2020-Q4', 'municipality-not-yet', 4, 'gemeente_code'],
    ['werkgebieden.csv', 'ORG1,GM0010,2020-Q1,2021-Q1', 'ORG1,GM0010,2020-Q1,2022-Q1', 'outside-period', 3, 'vanaf'],
    ['werkgebieden.csv', 'ORG2,GM0363,2020-Q1,', 'ORG2,GM0363,2020-Q1,\nORG2,GM0363,2021-Q2,', 'overlapping-period', 6, 'vanaf'],
    ['vestigingen.csv', 'V2,ORG2,OBA Oosterdok,GM0363,4.9080', 'V2,ORG2,OBA Oosterdok,GM0363,14.9080', 'outside-netherlands', 4, 'lon'],
    ['vestigingen.csv', '4.9080,52.3760', '4.9080,52.37.60', 'bad-number', 4, 'lat'],
    ['vestigingen.csv', 'V1,ORG3,Bibliotheek Appingedam,GM1979,6.8580,53.3210,2021-Q1,', 'V1,ORG3,Bibliotheek Appingedam,GM1979,6.8580,53.3210,2020-Q4,', 'outside-period', 3, 'vanaf'],
    ['ido.csv', 'V2,open,2020-Q1', 'V2,geopend,2020-Q1', 'bad-status', 4, 'status'],
    ['ido.csv', 'V2,open,2020-Q1', 'V3,open,2020-Q1', 'unknown-location', 4, 'vestiging_id'],
    ['ido.csv', 'V2,open,2020-Q1', 'V2,open,2020-Q1\nV2,gesloten,2020-Q1', 'duplicate-status', 5, 'vanaf'],
    ['ido.csv', 'V2,open,2020-Q1', 'V2,open,2019-Q4', 'outside-period', 4, 'vanaf'],
    ['sek.csv', 'landelijk', 'nationaal', 'bad-variant', 3, 'variant'],
    ['belastingdienst.csv', 'ORG2,2020-Q1,', 'ORG2,2020-Q1,\nORG2,2020-Q3,2021-Q1', 'overlapping-period', 3, 'vanaf'],
  ])('%s: %j → %j is %s at row %i, column %s', (file, from, to, kind, row, column) => {
    const { dataset, problems } = parseDataset(withChange(file, from, to), geo);
    expect(dataset).toBeNull();
    expect(problems).toContainEqual(expect.objectContaining({ kind, file, row, column, severity: 'error' }));
    for (const problem of problems) expect(problem.expected.length).toBeGreaterThan(5);
  });

  it('names a missing column and the header it expects', () => {
    const { problems } = parseDataset(withChange('vestigingen.csv', 'lon,lat', 'x,lat'), geo);
    expect(problems).toContainEqual(expect.objectContaining({ kind: 'missing-column', file: 'vestigingen.csv', column: 'lon', row: null }));
  });

  it('names a missing required file', () => {
    const files = validFiles();
    delete files['werkgebieden.csv'];
    const { dataset, withoutErrorRows, problems } = parseDataset(files, geo);
    expect(dataset).toBeNull();
    expect(withoutErrorRows).toBeNull();
    expect(problems).toEqual([expect.objectContaining({ kind: 'missing-file', file: 'werkgebieden.csv', severity: 'error' })]);
  });

  it('reports an unknown successor as a warning and keeps the organisation', () => {
    const { dataset, problems } = parseDataset(withChange('organisaties.csv', '2021-Q1,ORG3', '2021-Q1,ORG9'), geo);
    expect(problems).toEqual([expect.objectContaining({ kind: 'unknown-organisation', row: 2, column: 'opvolger_id', severity: 'warning' })]);
    expect(dataset!.organisations.find((o) => o.id === 'ORG1')!.successorId).toBeNull();
  });

  it.each([
    ['{ not json', null],
    ['[]', null],
    ['{"naam":"x","voorbeeld":"ja","bron":"b","eerste_kwartaal":"2020-Q1","laatste_kwartaal":"2021-Q4","registratie_vanaf":{"ido":"2020-Q1","sek":"2020-Q1","belastingdienst":"2020-Q1"}}', 'voorbeeld'],
    ['{"naam":"x","voorbeeld":true,"bron":"b","eerste_kwartaal":"2022-Q1","laatste_kwartaal":"2021-Q4","registratie_vanaf":{"ido":"2020-Q1","sek":"2020-Q1","belastingdienst":"2020-Q1"}}', 'laatste_kwartaal'],
    ['{"naam":"x","voorbeeld":true,"bron":"b","eerste_kwartaal":"2020-Q1","laatste_kwartaal":"2021-Q4","registratie_vanaf":{"ido":"2020-Q1","sek":"2020 Q5"}}', 'registratie_vanaf.sek'],
  ])('rejects metadata %j (column %s)', (text, column) => {
    const files = validFiles();
    files['metadata.json'] = text;
    const { dataset, problems } = parseDataset(files, geo);
    expect(dataset).toBeNull();
    expect(problems).toContainEqual(expect.objectContaining({ kind: 'bad-metadata', file: 'metadata.json', column }));
  });

  it('reports every problem of a file in one pass', () => {
    const files = withChange('ido.csv', 'V1,gepland,2020-Q2\nV1,open,2020-Q3', 'V1,klaar,2020-Q2\nV9,open,2020-Q3');
    const kinds = parseDataset(files, geo).problems.map((p) => p.kind);
    expect(kinds).toEqual(['bad-status', 'unknown-location']);
  });
});
