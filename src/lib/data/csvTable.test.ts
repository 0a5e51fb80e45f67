import { describe, expect, it } from 'vitest';
import type { DataProblem } from '../domain/types';
import { CsvTable, detectSeparator, normaliseHeader } from './csvTable';

const columns = ['vestiging_id', 'lon', 'lat'];
const table = (text: string, problems: DataProblem[] = []) => new CsvTable('v.csv', text, columns.map((name) => ({ name, required: name !== 'lat' })), problems);

describe('detectSeparator', () => {
  it.each([
    ['vestiging_id,lon,lat\nV1,"4,9",52', ','],
    ['vestiging_id;lon;lat\nV1;4,9;52,3', ';'],
    ['vestiging_id\tlon\tlat\n', '\t'],
    ['\uFEFFVestiging ID;Lon;Lat\r\n', ';'],
    // A comma inside a quoted header name does not win over the real separator.
    ['"vestiging_id, de id";lon;lat\n', ';'],
  ] as const)('%j → %j', (text, separator) => {
    expect(detectSeparator(text, columns)).toBe(separator);
  });

  describe('edge cases', () => {
    it('splits an unknown header on the separator that occurs most', () => {
      expect(detectSeparator('a;b;c,d\n', columns)).toBe(';');
    });
  });
});

describe('normaliseHeader', () => {
  it.each([
    ['Organisatie ID', 'organisatie_id'],
    [' gemeente-code ', 'gemeente_code'],
    ['\uFEFFvanaf', 'vanaf'],
  ])('%j → %j', (name, expected) => expect(normaliseHeader(name)).toBe(expected));
});

describe('CsvTable', () => {
  it('reads a decimal comma, trims cells and skips rows of only separators', () => {
    const t = table('vestiging_id;lon;lat\n V1 ;4,9080;52.3760\n;;\n');
    expect(t.rows).toHaveLength(1);
    expect(t.text(t.rows[0]!, 'vestiging_id')).toBe('V1');
    expect(t.number(t.rows[0]!, 'lon')).toBe(4.908);
    expect(t.number(t.rows[0]!, 'lat')).toBe(52.376);
  });

  it('numbers rows as a spreadsheet does, a quoted newline staying in its row', () => {
    const t = table('vestiging_id,lon,lat\n"V\n1",4,52\nV2,5,52\n');
    expect(t.rows.map((r) => r.line)).toEqual([2, 3]);
  });

  describe('edge cases', () => {
    it('accepts a header without an optional column', () => {
      const t = table('vestiging_id,lon\nV1,4.9\n');
      expect(t.ok).toBe(true);
      expect(t.optionalText(t.rows[0]!, 'lat')).toBeNull();
    });
  });

  describe('bad input', () => {
    it('names each missing required column and warns about unknown ones, reading no rows', () => {
      const problems: DataProblem[] = [];
      const t = table('id,lat,opmerking\nV1,52,x\n', problems);
      expect(t.ok).toBe(false);
      expect(t.rows).toEqual([]);
      expect(problems.map((p) => [p.kind, p.column, p.severity])).toEqual([
        ['missing-column', 'vestiging_id', 'error'],
        ['missing-column', 'lon', 'error'],
        ['unknown-column', 'id', 'warning'],
        ['unknown-column', 'opmerking', 'warning'],
      ]);
    });

    it.each(['4,90,1', '4.9.0', 'vier', '1e', ','])('rejects the number %j', (value) => {
      const problems: DataProblem[] = [];
      const t = table(`vestiging_id;lon\nV1;${value}\n`, problems);
      expect(t.number(t.rows[0]!, 'lon')).toBeNull();
      expect(problems).toEqual([expect.objectContaining({ kind: 'bad-number', row: 2, column: 'lon', value })]);
    });
  });
});
