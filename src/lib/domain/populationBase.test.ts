import { describe, expect, it } from 'vitest';
import { defaultGeoDir, readSharedGeo } from '../../../scripts/lib/readSharedGeo';
import { createCodeResolver } from '../data/lineage';
import { fixtureGeo } from './fixtures/smallDataset';
import { mergeGroups } from './populationBase';

const { index: geo } = readSharedGeo(defaultGeoDir());
const versionIndex = (id: string) => geo.versions.findIndex((v) => v.id === id);
const unknownIn = (id: string) => geo.versions[versionIndex(id)]!.municipalities.filter((m) => m.population === null).length;

describe('the population base per boundary version (the real boundaries)', () => {
  it.each([
    // [version, municipalities without residents of their own, pure merge groups as "successor ← members", left out whatever their category]
    ['2019-01-01', 24, ['GM0363 ← GM0363 GM0457', 'GM0439 ← GM0370 GM0439', 'GM1979 ← GM0003 GM0010 GM0024', 'GM1980 ← GM0398 GM0416', 'GM1982 ← GM0756 GM0786 GM0815 GM1684 GM1702', 'GM1991 ← GM0856 GM1685', 'GM1992 ← GM0501 GM0530 GM0614'], 5],
    ['2021-01-01', 16, ['GM0363 ← GM0363 GM0457', 'GM0439 ← GM0370 GM0439', 'GM1980 ← GM0398 GM0416', 'GM1982 ← GM0756 GM0786 GM0815 GM1684 GM1702', 'GM1991 ← GM0856 GM1685', 'GM1992 ← GM0501 GM0530 GM0614'], 0],
    ['2022-01-01', 5, ['GM0363 ← GM0363 GM0457', 'GM1992 ← GM0501 GM0530 GM0614'], 0],
    ['2022-03-24', 3, ['GM1992 ← GM0501 GM0530 GM0614'], 0],
    ['2023-01-01', 0, [], 0],
  ])('%s: %d municipalities without residents of their own; pure merges %j; %d never counted', (version, unknown, groups, neverCounted) => {
    const found = mergeGroups(geo, versionIndex(version));
    expect(unknownIn(version)).toBe(unknown);
    expect(found.map((g) => `${g.successorCode} ← ${g.codes.join(' ')}`)).toEqual(groups);
    expect(unknown - found.reduce((sum, g) => sum + g.codes.length, 0)).toBe(neverCounted);
  });

  it('gives a group the residents of its successor in the newest version, never a figure per part', () => {
    const newest = new Map(geo.versions.at(-1)!.municipalities.map((m) => [m.code, m.population]));
    for (const group of mergeGroups(geo, 0)) expect(group.population).toBe(newest.get(group.successorCode));
  });

  it('keeps Haaren’s split (and the four municipalities that took a part) out of every group', () => {
    const grouped = mergeGroups(geo, 0).flatMap((g) => g.codes);
    for (const code of ['GM0788', 'GM0757', 'GM0824', 'GM0855', 'GM0865']) expect(grouped).not.toContain(code);
  });

  it('agrees with the lineage: every member resolves to its successor alone', () => {
    const resolver = createCodeResolver(geo);
    const newestQuarter = 2023 * 4;
    for (const group of mergeGroups(geo, 0)) for (const code of group.codes) expect(resolver.resolve(code, newestQuarter).map((r) => r.code)).toEqual([group.successorCode]);
  });

  describe('edge cases', () => {
    it('the newest version and a version out of range have none', () => {
      expect(mergeGroups(geo, geo.versions.length - 1)).toEqual([]);
      expect(mergeGroups(geo, 99)).toEqual([]);
    });

    it('a small merge of two municipalities without residents of their own', () => {
      expect(mergeGroups(fixtureGeo, 0)).toEqual([{ codes: ['GM0002', 'GM0003'], successorCode: 'GM0004', successorName: 'Dalfsen-Noord', population: 50_000 }]);
    });
  });
});
