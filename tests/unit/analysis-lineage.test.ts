/**
 * The analysis across herindelingen on the real boundaries and lineage
 * (../shared/geo): 2020-Q4 → 2021-Q1 merged Appingedam, Delfzijl and
 * Loppersum into Eemsdelta and split Haaren over Boxtel, Oisterwijk, Tilburg
 * and Vught; 2022 merged Weesp into Amsterdam. Categories are set by hand so
 * the expected changes follow from the rules, not from a run.
 */
import { describe, expect, it } from 'vitest';
import { defaultGeoDir, readSharedGeo } from '../../scripts/lib/readSharedGeo';
import { boundaryVersionForQuarter } from '../../src/lib/domain/boundaries';
import { createCodeResolver } from '../../src/lib/data/lineage';
import { areaMembers } from '../../src/lib/domain/analysisArea';
import { compareQuarters, countChanges } from '../../src/lib/domain/changeComparison';
import { fakeCoverage } from '../../src/lib/domain/fixtures/fakeCoverage';
import type { CategoryId } from '../../src/lib/domain/indicators';
import { parseQuarterKey } from '../../src/lib/domain/quarter';

const { index: geo } = readSharedGeo(defaultGeoDir());
const resolver = createCodeResolver(geo);
const q = (key: string) => parseQuarterKey(key)!;

/** Coverage of a quarter on its real municipalities: IDO "none" everywhere except the given categories. */
const coverage = (key: string, ido: Record<string, CategoryId>) =>
  fakeCoverage(
    q(key),
    boundaryVersionForQuarter(geo, q(key)).municipalities.map((municipality) => ({ municipality, categories: { ido: ido[municipality.code] ?? 'none' } })),
  );

const APPINGEDAM = 'GM0003', DELFZIJL = 'GM0010', LOPPERSUM = 'GM0024', EEMSDELTA = 'GM1979';
const HAAREN = 'GM0788', BOXTEL = 'GM0757', OISTERWIJK = 'GM0824', TILBURG = 'GM0855', VUGHT = 'GM0865';

const before = coverage('2020-Q4', { [APPINGEDAM]: 'ido-in-municipality', [HAAREN]: 'ido-in-municipality', [BOXTEL]: 'no-data' });
const after = coverage('2021-Q1', { [EEMSDELTA]: 'ido-in-municipality', [TILBURG]: 'ido-in-municipality', [OISTERWIJK]: 'ido-in-municipality' });

describe('change 2020-Q4 → 2021-Q1 on the 2021 map', () => {
  const comparison = compareQuarters(after, before, 'ido', resolver);
  const change = (code: string) => comparison.byCode.get(code)!;

  it('gives every municipality of the map a category: none is dropped', () => {
    expect(comparison.changes).toHaveLength(352);
    expect(countChanges(comparison).reduce((sum, c) => sum + c.municipalities, 0)).toBe(352);
  });

  it('compares Eemsdelta with Appingedam, Delfzijl and Loppersum: reached before through Appingedam', () => {
    expect([...change(EEMSDELTA).comparedWith].sort()).toEqual([APPINGEDAM, DELFZIJL, LOPPERSUM]);
    expect(change(EEMSDELTA).category).toBe('change-kept');
  });

  it.each([
    // [municipality, what it is compared with, category]: each part of Haaren was reached before through Haaren.
    [TILBURG, [HAAREN, TILBURG], 'change-kept'],
    [OISTERWIJK, [HAAREN, OISTERWIJK], 'change-kept'],
    [VUGHT, [HAAREN, VUGHT], 'change-stopped'],
    // Boxtel had no data itself, but the part from Haaren was reached: reached (at least in part), now not.
    [BOXTEL, [BOXTEL, HAAREN], 'change-stopped'],
  ])('compares %s (after the split of Haaren) with %j', (code, comparedWith, category) => {
    expect([...change(code).comparedWith].sort()).toEqual(comparedWith);
    expect(change(code).category).toBe(category);
  });

  it('compares an unchanged municipality with itself only', () => {
    expect(change('GM0363').comparedWith).toEqual([]);
    expect(change('GM0363').category).toBe('change-none');
  });
});

describe('the same comparison with 2020-Q4 on the map', () => {
  const comparison = compareQuarters(before, after, 'ido', resolver);
  const change = (code: string) => comparison.byCode.get(code)!;

  it.each([
    [HAAREN, [BOXTEL, OISTERWIJK, TILBURG, VUGHT], 'change-kept'],
    [APPINGEDAM, [EEMSDELTA], 'change-kept'],
    [DELFZIJL, [EEMSDELTA], 'change-new'],
    // Boxtel continues as itself (it grew): compared with itself, and it had no data.
    [BOXTEL, [], 'no-data'],
  ])('compares %s with what it became: %j', (code, comparedWith, category) => {
    expect([...change(code).comparedWith].sort()).toEqual(comparedWith);
    expect(change(code).category).toBe(category);
  });

  it('has the 355 municipalities of 2020', () => {
    expect(comparison.changes).toHaveLength(355);
  });
});

describe('a municipality followed through herindelingen (growth chart beside the country)', () => {
  it.each([
    ['Eemsdelta before it existed: its three predecessors', EEMSDELTA, '2021-Q1', '2020-Q4', [APPINGEDAM, DELFZIJL, LOPPERSUM]],
    ['Tilburg before the split of Haaren: Tilburg and Haaren', TILBURG, '2021-Q1', '2020-Q4', [HAAREN, TILBURG]],
    ['Amsterdam before Weesp joined', 'GM0363', '2023-Q1', '2022-Q1', ['GM0363', 'GM0457']],
    ['Weesp after it joined Amsterdam', 'GM0457', '2022-Q1', '2023-Q1', ['GM0363']],
    ['Haaren after the split: all four parts', HAAREN, '2020-Q1', '2021-Q1', [BOXTEL, OISTERWIJK, TILBURG, VUGHT]],
  ])('%s', (_, code, chosenIn, shownIn, expected) => {
    const members = areaMembers({ kind: 'municipality', code, quarter: q(chosenIn) }, coverage(shownIn, {}), resolver);
    expect([...members].sort()).toEqual(expected);
  });
});
