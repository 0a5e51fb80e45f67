import { describe, expect, it } from 'vitest';
import { coverageAt, fixtureResolver, q } from './fixtures/smallDataset';
import { municipalityInQuarter, selectedMunicipalityCode } from './selection';

describe('selection', () => {
  it.each([
    [{ kind: 'municipality', code: 'GM0001' } as const, 'GM0001'],
    [{ kind: 'organisation', id: 'ORG1', fromCode: 'GM0002' } as const, 'GM0002'],
    [{ kind: 'organisation', id: 'ORG1', fromCode: null } as const, null],
    [null, null],
  ])('%j points at %s', (selection, code) => {
    expect(selectedMunicipalityCode(selection)).toBe(code);
  });
  it('follows a code through a herindeling to what it became', () => {
    expect(municipalityInQuarter('GM0003', coverageAt('2020-Q4'), fixtureResolver, q('2020-Q4'))).toBe('GM0003');
    expect(municipalityInQuarter('GM0003', coverageAt('2021-Q1'), fixtureResolver, q('2021-Q1'))).toBe('GM0004');
    expect(municipalityInQuarter('GM0004', coverageAt('2020-Q4'), fixtureResolver, q('2020-Q4'))).toBeNull();
  });
});
