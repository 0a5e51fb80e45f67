import { describe, expect, it } from 'vitest';
import { createCodeResolver } from '../data/lineage';
import { createCoverageCache } from './coverageCache';
import { fixtureGeo as geo, index, q } from './fixtures/smallDataset';

describe('createCoverageCache', () => {
  const coverageAt = createCoverageCache(geo, createCodeResolver(geo), index);

  it('gives the same coverage object on a second visit of a quarter', () => {
    const first = coverageAt(q('2020-Q4'));
    expect(first).not.toBeNull();
    expect(coverageAt(q('2020-Q4'))).toBe(first);
  });

  it('draws each quarter on its own boundary version', () => {
    const codes = (key: string) => coverageAt(q(key))!.municipalities.map((m) => m.municipality.code);
    expect(codes('2020-Q4')).not.toEqual(codes('2021-Q1'));
  });

  it('is null outside the dataset’s quarters', () => {
    expect(coverageAt(index.dataset.meta.firstQuarter - 1)).toBeNull();
    expect(coverageAt(index.dataset.meta.lastQuarter + 1)).toBeNull();
  });
});
