import { describe, expect, it } from 'vitest';
import { readSharedGeo, defaultGeoDir } from '../../../scripts/lib/readSharedGeo';
import { parseQuarterKey } from '../domain/quarter';
import { boundaryVersionForQuarter } from '../domain/boundaries';
import { createCodeResolver } from './lineage';

const { index } = readSharedGeo(defaultGeoDir());
const resolver = createCodeResolver(index);
const q = (key: string) => parseQuarterKey(key)!;
const codes = (code: string, quarter: string) => resolver.resolve(code, q(quarter)).map((r) => r.code);

describe('boundary version of a quarter', () => {
  it.each([
    ['2019-Q1', '2019-01-01'],
    ['2020-Q4', '2019-01-01'],
    ['2021-Q1', '2021-01-01'],
    ['2022-Q1', '2022-01-01'],
    ['2022-Q2', '2022-03-24'],
    ['2022-Q4', '2022-03-24'],
    ['2023-Q1', '2023-01-01'],
    ['2023-Q4', '2023-01-01'],
  ])('%s is drawn on %s', (quarter, version) => {
    expect(boundaryVersionForQuarter(index, q(quarter)).id).toBe(version);
  });

  it('uses the first version for quarters before it', () => {
    expect(boundaryVersionForQuarter(index, q('2018-Q4')).id).toBe('2019-01-01');
  });
});

describe('resolving codes through herindelingen', () => {
  it.each([
    ['GM0003', '2020-Q4', ['GM0003']], // Appingedam before the merger
    ['GM0003', '2021-Q1', ['GM1979']], // → Eemsdelta
    ['GM0010', '2023-Q4', ['GM1979']], // Delfzijl, two versions later
    ['GM0457', '2022-Q1', ['GM0457']], // Weesp still exists in 2022-Q1
    ['GM0457', '2022-Q2', ['GM0363']], // → Amsterdam
    ['GM0370', '2022-Q1', ['GM0439']], // Beemster → Purmerend
    ['GM0501', '2023-Q1', ['GM1992']], // Brielle → Voorne aan Zee
    ['GM0363', '2019-Q1', ['GM0363']], // unchanged code, older quarter
    ['GM0756', '2023-Q4', ['GM1982']], // Boxmeer → Land van Cuijk
  ])('%s in %s → %j', (code, quarter, expected) => {
    expect(codes(code, quarter)).toEqual(expected);
  });

  it('splits Haaren over four municipalities, largest share first', () => {
    const parts = resolver.resolve('GM0788', q('2021-Q1'));
    expect(parts.map((p) => p.code)).toEqual(['GM0824', 'GM0865', 'GM0855', 'GM0757'].sort((a, b) => {
      const share = (c: string) => parts.find((p) => p.code === c)!.areaShare;
      return share(b) - share(a);
    }));
    expect(parts[0]!.areaShare).toBeCloseTo(0.463, 3);
    expect(parts.reduce((sum, p) => sum + p.areaShare, 0)).toBeCloseTo(1.001, 2);
  });

  describe('edge cases', () => {
    it('does not map a new code back to before it existed', () => {
      expect(codes('GM1979', '2020-Q4')).toEqual([]); // Eemsdelta did not exist yet
      expect(codes('GM1992', '2022-Q4')).toEqual([]);
    });
    it('knows in which versions a code exists', () => {
      expect(resolver.existsIn('GM0457', q('2022-Q1'))).toBe(true);
      expect(resolver.existsIn('GM0457', q('2022-Q2'))).toBe(false);
      expect(resolver.firstVersionOf('GM1979')).toBe(1);
      expect(resolver.lastVersionOf('GM0003')).toBe(0);
      expect(resolver.municipality('GM0363', q('2023-Q1'))?.name).toBe('Amsterdam');
    });
  });

  describe('bad input', () => {
    it.each(['GM9999', '', 'Amsterdam', 'gm0363'])('%j resolves to nothing', (code) => {
      expect(codes(code, '2023-Q1')).toEqual([]);
      expect(resolver.firstVersionOf(code)).toBeNull();
    });
  });
});
