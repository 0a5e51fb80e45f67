import { describe, expect, it } from 'vitest';
import { boundaryVersionForQuarter, drawableQuarter } from './boundaries';
import { fixtureGeo, q } from './fixtures/smallDataset';
import type { GeoIndex } from './types';

const first = q('2019-Q1');
const last = q('2021-Q4');
const both = new Set(['2019-01-01', '2021-01-01']);

describe('boundaryVersionForQuarter', () => {
  it.each([
    ['2019-Q1', '2019-01-01'],
    ['2020-Q4', '2019-01-01'],
    ['2021-Q1', '2021-01-01'],
    ['2018-Q4', '2019-01-01'], // before the first version: the first
  ])('%s is drawn on %s', (quarter, version) => {
    expect(boundaryVersionForQuarter(fixtureGeo, q(quarter)).id).toBe(version);
  });
});

describe('drawableQuarter: the quarter the screen can show with the shapes loaded', () => {
  it.each<[string, Set<string>, string | null, string]>([
    ['2020-Q2', both, '2020-Q2', 'its version is loaded: the quarter chosen'],
    ['2021-Q3', new Set(['2019-01-01']), '2020-Q4', 'stepping past a herindeling: the last quarter of the loaded version'],
    ['2020-Q1', new Set(['2021-01-01']), '2021-Q1', 'stepping back: the first quarter of the loaded version'],
    ['2019-Q1', new Set(['2021-01-01']), '2021-Q1', 'a jump: the nearest quarter that can be drawn'],
    ['2020-Q4', new Set<string>(), null, 'nothing loaded yet: nothing to show'],
  ])('%s with %o loaded → %s (%s)', (wanted, loaded, expected) => {
    expect(drawableQuarter(fixtureGeo, q(wanted), first, last, loaded)).toBe(expected === null ? null : q(expected));
  });

  it('prefers the earlier quarter on a tie', () => {
    // Three versions; the middle one (2020-Q2 only) is not loaded: 2020-Q1 and 2020-Q3 are equally near.
    const geo: GeoIndex = {
      ...fixtureGeo,
      versions: [
        { ...fixtureGeo.versions[0]!, id: 'a', validFrom: '2019-01-01' },
        { ...fixtureGeo.versions[0]!, id: 'b', validFrom: '2020-04-01' },
        { ...fixtureGeo.versions[1]!, id: 'c', validFrom: '2020-07-01' },
      ],
    };
    expect(drawableQuarter(geo, q('2020-Q2'), first, last, new Set(['a', 'c']))).toBe(q('2020-Q1'));
  });

  it('stays on the quarter shown before while the chosen one cannot be drawn', () => {
    const only2021 = new Set(['2021-01-01']);
    // A jump from 2021-Q4 back to 2019: the screen keeps 2021-Q4, not the nearest 2021-Q1 nobody chose.
    expect(drawableQuarter(fixtureGeo, q('2019-Q2'), first, last, only2021, q('2021-Q4'))).toBe(q('2021-Q4'));
    // Once the chosen quarter's version is there, it wins over the quarter shown before.
    expect(drawableQuarter(fixtureGeo, q('2019-Q2'), first, last, both, q('2021-Q4'))).toBe(q('2019-Q2'));
    // A quarter shown before that loaded shapes cannot draw (or outside the range) does not hold the screen.
    expect(drawableQuarter(fixtureGeo, q('2019-Q2'), first, last, only2021, q('2020-Q1'))).toBe(q('2021-Q1'));
    expect(drawableQuarter(fixtureGeo, q('2021-Q2'), first, q('2021-Q3'), only2021, q('2021-Q4'))).toBe(q('2021-Q2'));
  });
});
