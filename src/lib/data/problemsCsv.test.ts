import { csvParseRows, dsvFormat } from 'd3-dsv';
import { describe, expect, it } from 'vitest';
import { dataProblem } from './dataProblem';
import { problemsCsv } from './problemsCsv';

const problems = [
  dataProblem({ kind: 'unknown-municipality', file: 'werkgebieden.csv', row: 5, column: 'gemeente_code', value: 'GM9999' }),
  dataProblem({ kind: 'unknown-column', file: 'sek.csv', column: 'opmerking', severity: 'warning', params: { allowed: 'a, b' } }),
  // A value holding the separator, a quote and HTML stays one cell, as text.
  dataProblem({ kind: 'bad-status', file: 'ido.csv', row: 3, column: 'status', value: '<b>open;"ja"</b>', params: { allowed: 'gepland, open, gesloten' } }),
];

describe('problemsCsv', () => {
  it('writes one row per problem in Dutch with ; and a BOM, errors first', () => {
    const text = problemsCsv(problems, 'nl');
    expect(text.startsWith('\uFEFF')).toBe(true);
    const rows = dsvFormat(';').parseRows(text.slice(1).trim());
    expect(rows[0]).toEqual(['ernst', 'soort', 'bestand', 'rij', 'kolom', 'waarde', 'verwacht']);
    expect(rows.slice(1).map((r) => [r[0], r[1], r[3], r[5]])).toEqual([
      ['fout', 'status niet toegestaan', '3', '<b>open;"ja"</b>'],
      ['fout', 'onbekende gemeentecode', '5', 'GM9999'],
      ['waarschuwing', 'onbekende kolom', '', ''],
    ]);
    expect(rows[1]![6]).toBe('een toegestane status: gepland, open, gesloten');
  });

  it('writes English with ,', () => {
    const rows = csvParseRows(problemsCsv(problems, 'en').slice(1).trim());
    expect(rows[0]![0]).toBe('severity');
    expect(rows[2]!.slice(0, 2)).toEqual(['error', 'unknown municipality code']);
  });

  describe('edge cases', () => {
    it('writes only the header for no problems', () => {
      expect(problemsCsv([], 'en')).toBe('\uFEFFseverity,kind,file,row,column,value,expected\r\n');
    });
  });
});
