import { describe, expect, it } from 'vitest';
import type { PublishedFigure } from './types';
import { createCoverageCache } from './coverageCache';
import { fixtureGeo, fixtureResolver, index, q } from './fixtures/smallDataset';
import { getGrowthSeries, measuresFor, measureValue, publishedIndicatorsFor, publishedPoints, targetsFor } from './growthSeries';
import { quarterRange } from './quarter';
import { getIndicatorTotals } from './totals';

const coverageAt = createCoverageCache(fixtureGeo, fixtureResolver, index);
const quarters = quarterRange(q('2019-Q1'), q('2021-Q4'));
const figure = (indicator: string, value: number, quarter: string): PublishedFigure => ({ indicator, value, unit: 'x', date: '2020-12-31', quarter: q(quarter), source: 'test', quote: '' });

describe('growth series', () => {
  it('has the totals of every quarter, the same the totals panel shows', () => {
    const series = getGrowthSeries(coverageAt, quarters, 'ido', null, fixtureResolver);
    expect(series.map((p) => p.quarter)).toEqual(quarters);
    for (const point of series) expect(point.totals).toEqual(getIndicatorTotals(coverageAt(point.quarter)!, 'ido'));
    expect(series.map((p) => p.totals?.municipalities.covered)).toEqual([0, 0, 0, 1, 1, 1, 1, 2, 2, 2, 1, 1]);
  });

  it('has no totals (not zero) in quarters without data for the indicator', () => {
    const series = getGrowthSeries(coverageAt, quarters, 'sek', null, fixtureResolver);
    expect(series.filter((p) => p.totals === null).map((p) => p.quarter)).toEqual(quarterRange(q('2019-Q1'), q('2020-Q2')));
  });

  it('follows an area through the merger', () => {
    const series = getGrowthSeries(coverageAt, [q('2020-Q4'), q('2021-Q1')], 'ido', { kind: 'municipality', code: 'GM0004', quarter: q('2021-Q1') }, fixtureResolver);
    // 2020-Q4: GM0002 (desk) and GM0003 (no data); 2021-Q1: GM0004 with the desk.
    expect(series.map((p) => [p.totals?.municipalities.covered, p.totals?.municipalities.total])).toEqual([
      [1, 2],
      [1, 1],
    ]);
  });

  describe('edge cases', () => {
    it('a quarter outside the data has no totals', () => {
      expect(getGrowthSeries(coverageAt, [q('2018-Q4'), q('2022-Q1')], 'ido', null, fixtureResolver).map((p) => p.totals)).toEqual([null, null]);
    });

    it('an area without municipalities has no totals', () => {
      expect(getGrowthSeries(coverageAt, [q('2020-Q4')], 'ido', { kind: 'province', code: 'PV99' }, fixtureResolver)[0]!.totals).toBeNull();
    });
  });
});

describe('measure values', () => {
  const totals = getIndicatorTotals(coverageAt(q('2020-Q4'))!, 'ido');

  it.each([
    ['municipalities', { value: 2 / 3, count: 2, total: 3, unknown: 0 }],
    // GM0002 is covered but has no known population: the share is of known residents, and it is counted apart.
    ['population', { value: 1, count: 10_000, total: 10_000, unknown: 2 }],
    ['organisations', { value: 1, count: 1, total: 2, unknown: 0 }],
    ['idoLocations', { value: 2, count: 2, total: null, unknown: 0 }],
  ] as const)('%s', (measure, expected) => {
    expect(measureValue(totals, measure)).toEqual(expected);
  });

  it('is unknown without totals', () => {
    expect(measureValue(null, 'municipalities')).toEqual({ value: null, count: null, total: null, unknown: 0 });
  });

  it('is unknown (not 0 %) when no resident of the area is known', () => {
    const area = getIndicatorTotals(coverageAt(q('2020-Q4'))!, 'ido', (m) => m.municipality.code !== 'GM0001');
    expect(measureValue(area, 'population')).toEqual({ value: null, count: null, total: null, unknown: 2 });
  });
});

describe('published figures and targets', () => {
  const national = getGrowthSeries(coverageAt, quarters, 'ido', null, fixtureResolver);
  const figures = [
    figure('ido_gemeenten', 2, '2020-Q4'),
    figure('ido_locaties', 2, '2020-Q4'),
    figure('ido_organisaties_alle', 0.5, '2020-Q4'),
    figure('ido_organisaties', 1, '2030-Q1'),
    figure('ido_doel_organisaties', 2, '2021-Q4'),
    figure('sek_gemeenten', 1, '2020-Q4'),
  ];

  it.each([
    // A count of municipalities is drawn as the share of that quarter's municipalities (2 of 3).
    ['municipalities', [['ido_gemeenten', 2 / 3]]],
    // A published share of organisations is drawn as the count it implies (half of 2).
    ['organisations', [['ido_organisaties_alle', 1]]],
    ['idoLocations', [['ido_locaties', 2]]],
    ['population', []],
  ] as const)('%s: only its counterparts, inside the data, placed on its scale', (measure, expected) => {
    expect(publishedPoints(figures, 'ido', measure, national).map((p) => [p.figure.indicator, p.value])).toEqual(expected);
  });

  it('targets are reference lines of their own measure, never published points', () => {
    expect(targetsFor(figures, 'ido', 'organisations').map((f) => f.value)).toEqual([2]);
    expect(targetsFor(figures, 'sek', 'organisations')).toEqual([]);
    expect(targetsFor(figures, 'ido', 'municipalities')).toEqual([]);
  });

  it.each([
    ['ido', 'organisations', ['ido_organisaties', 'ido_organisaties_alle']],
    ['belastingdienst', 'organisations', ['bd_convenant_organisaties', 'bd_convenant_aandeel']],
    ['sek', 'municipalities', ['sek_gemeenten']],
    ['combined', 'municipalities', []],
  ] as const)('%s %s is compared with %j', (indicator, measure, expected) => {
    expect(publishedIndicatorsFor(indicator, measure)).toEqual(expected);
  });

  it('offers IDO locations only for the IDO', () => {
    expect(measuresFor('ido')).toContain('idoLocations');
    expect(measuresFor('sek')).not.toContain('idoLocations');
  });
});
