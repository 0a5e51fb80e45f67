import { describe, expect, it } from 'vitest';
import { compareQuarters } from './changeComparison';
import { coverageAt, fixtureResolver } from './fixtures/smallDataset';
import { mapCategories, openIdoLocationIds } from './mapCategories';

describe('mapCategories', () => {
  it('gives each municipality its category for the indicator', () => {
    expect(Object.fromEntries(mapCategories(coverageAt('2020-Q4'), 'ido', null))).toEqual({ GM0001: 'ido-in-municipality', GM0002: 'ido-in-municipality', GM0003: 'no-data' });
  });
  it('gives the change category in the change map mode', () => {
    const comparison = compareQuarters(coverageAt('2020-Q4'), coverageAt('2019-Q1'), 'ido', fixtureResolver);
    expect(mapCategories(coverageAt('2020-Q4'), 'ido', comparison).get('GM0001')).toBe('change-new');
  });
  it('lists the locations whose IDO desk is open', () => {
    expect([...openIdoLocationIds(coverageAt('2019-Q3'))]).toEqual([]);
    expect([...openIdoLocationIds(coverageAt('2020-Q4'))].sort()).toEqual(['V1', 'V2']);
  });
});
