import { describe, expect, it } from 'vitest';
import { coverageAt, q } from './fixtures/smallDataset';
import { computeNationalFigures, nationalFiguresAt, nationalFiguresOf } from './nationalFigures';

describe('nationalFiguresOf', () => {
  it('gives the figures of a coverage, computed once for that coverage', () => {
    const coverage = coverageAt('2020-Q4');
    const figures = nationalFiguresOf(coverage);
    expect(figures).toEqual(computeNationalFigures(coverage));
    expect(nationalFiguresOf(coverage)).toBe(figures);
    // Another coverage of the same quarter (other data) has its own figures.
    expect(nationalFiguresOf(coverageAt('2020-Q4'))).not.toBe(figures);
  });
});

describe('nationalFiguresAt', () => {
  it('gives the figures of any quarter, and null where there is no coverage', () => {
    const at = (quarter: number) => (quarter === q('2020-Q4') ? coverageAt('2020-Q4') : null);
    const figuresAt = nationalFiguresAt(at);
    expect(figuresAt(q('2020-Q4'))?.['bibliotheekorganisaties']).toBe(coverageAt('2020-Q4').organisationIds.length);
    expect(figuresAt(q('2021-Q1'))).toBeNull();
  });
});
