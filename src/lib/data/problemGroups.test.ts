import { describe, expect, it } from 'vitest';
import { dataProblem } from './dataProblem';
import { describeProblems, groupProblems } from './problemGroups';

const p = (kind: string, row: number | null, severity: 'error' | 'warning' | 'info' = 'error', file = 'a.csv') => dataProblem({ kind, file, row, severity, message: 'empty-value', params: { column: 'x' } });

describe('groupProblems', () => {
  it('groups by kind and severity, errors first and the largest group first, counting distinct rows', () => {
    const groups = groupProblems([p('unknown-column', null, 'warning'), p('bad-quarter', 2), p('unknown-municipality', 3), p('unknown-municipality', 4), p('unknown-municipality', 4), p('municipality-mapped', 5, 'info')]);
    expect(groups.map((g) => [g.kind, g.severity, g.rows, g.problems.length])).toEqual([
      ['unknown-municipality', 'error', 2, 3],
      ['bad-quarter', 'error', 1, 1],
      ['unknown-column', 'warning', 1, 1],
      ['municipality-mapped', 'info', 1, 1],
    ]);
  });

  describe('edge cases', () => {
    it('counts the same row number in two files twice', () => {
      expect(groupProblems([p('empty-value', 2, 'error', 'a.csv'), p('empty-value', 2, 'error', 'b.csv')])[0]!.rows).toBe(2);
    });
    it('gives nothing for nothing', () => expect(groupProblems([])).toEqual([]));
  });
});

describe('describeProblems', () => {
  it('shows the count, the first rows and how many more', () => {
    const text = describeProblems([2, 3, 4].map((row) => p('empty-value', row)), 2);
    const lines = text.split('\n');
    expect(lines[0]).toBe('3 × empty-value (error)');
    expect(lines[1]).toBe('  a.csv row 2 — expected a value in column “x”');
    expect(lines).toHaveLength(4);
    expect(lines[3]).toBe('  … and 1 more');
  });

  it('says what was done for a note, not what was expected', () => {
    const note = dataProblem({ kind: 'municipality-mapped', file: 'werkgebieden.csv', row: 7, severity: 'info', message: 'municipality-mapped', params: { code: 'GM0457', name: 'Weesp', date: '2022-03-24', to: 'Amsterdam (GM0363)' } });
    const line = describeProblems([note]).split('\n')[1]!;
    expect(line).toMatch(/^  werkgebieden\.csv row 7 — /);
    expect(line).not.toContain('expected');
  });
});
