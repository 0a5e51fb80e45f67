import { describe, expect, it } from 'vitest';
import {
  isInPeriod,
  parseQuarterKey,
  periodsOverlap,
  quarterFirstDay,
  quarterKey,
  quarterLastDay,
  quarterOf,
  quarterOfDate,
  quarterRange,
  parseQuarterText,
} from './quarter';

describe('quarter keys', () => {
  it.each([
    ['2019-Q1', 2019, 1],
    ['2020-Q4', 2020, 4],
    [' 2023-Q2 ', 2023, 2],
  ] as const)('parses %s', (key, year, q) => {
    expect(parseQuarterKey(key)).toBe(quarterOf(year, q));
  });

  it('round-trips every quarter of the data range', () => {
    for (const quarter of quarterRange(quarterOf(2019, 1), quarterOf(2023, 4))) {
      expect(parseQuarterKey(quarterKey(quarter))).toBe(quarter);
    }
  });

  describe('bad input', () => {
    it.each(['', '2020-Q5', '2020-Q0', '2020Q4', '20-Q1', 'Q4 2020', '2020-q4'])('rejects %j', (key) => {
      expect(parseQuarterKey(key)).toBeNull();
    });
  });
});

describe('quarter days', () => {
  it.each([
    [2022, 1, '2022-01-01', '2022-03-31'],
    [2022, 2, '2022-04-01', '2022-06-30'],
    [2020, 4, '2020-10-01', '2020-12-31'],
  ] as const)('%i Q%i runs from %s to %s', (year, q, first, last) => {
    expect(quarterFirstDay(quarterOf(year, q))).toBe(first);
    expect(quarterLastDay(quarterOf(year, q))).toBe(last);
  });

  it.each([
    ['2022-03-24', quarterOf(2022, 1)],
    ['2022-04-01', quarterOf(2022, 2)],
    ['2019-12-31', quarterOf(2019, 4)],
  ])('date %s falls in its quarter', (date, quarter) => {
    expect(quarterOfDate(date)).toBe(quarter);
  });

  it.each(['2022-13-01', '2022-00-10', '24-03-2022', 'gisteren'])('rejects the date %j', (date) => {
    expect(quarterOfDate(date)).toBeNull();
  });
});

describe('periods (from included, to excluded)', () => {
  const q = (key: string) => parseQuarterKey(key)!;
  it.each([
    [{ from: q('2020-Q1'), to: q('2020-Q3') }, q('2020-Q1'), true],
    [{ from: q('2020-Q1'), to: q('2020-Q3') }, q('2020-Q2'), true],
    [{ from: q('2020-Q1'), to: q('2020-Q3') }, q('2020-Q3'), false],
    [{ from: q('2020-Q1'), to: null }, q('2023-Q4'), true],
    [{ from: q('2020-Q1'), to: null }, q('2019-Q4'), false],
  ])('isInPeriod %#', (period, quarter, expected) => {
    expect(isInPeriod(quarter, period)).toBe(expected);
  });

  it('periods that touch do not overlap; periods that share a quarter do', () => {
    expect(periodsOverlap({ from: q('2020-Q1'), to: q('2020-Q3') }, { from: q('2020-Q3'), to: null })).toBe(false);
    expect(periodsOverlap({ from: q('2020-Q1'), to: q('2020-Q4') }, { from: q('2020-Q3'), to: null })).toBe(true);
    expect(periodsOverlap({ from: q('2020-Q1'), to: null }, { from: q('2019-Q1'), to: null })).toBe(true);
  });
});

describe('quarters as people write them (parseQuarterText)', () => {
  const q4 = quarterOf(2020, 4);
  it.each(['2020-Q4', '2020 Q4', '2020Q4', '2020-q4', 'Q4 2020', 'q4-2020', '2020K4', '2020-K4', '2020 k4', 'K4 2020', ' 2020-Q4 '])('reads %j as 2020-Q4', (text) => {
    expect(parseQuarterText(text)).toBe(q4);
  });

  describe('edge cases: a date means the quarter it falls in', () => {
    it.each([
      ['2020-10-01', q4],
      ['2020-12-31', q4],
      ['2020-9-30', quarterOf(2020, 3)],
      ['2021-01-01 00:00:00', quarterOf(2021, 1)],
      ['2021-01-01T00:00', quarterOf(2021, 1)],
      ['1-10-2020', q4],
      ['01/10/2020', q4],
      ['31.12.2020', q4],
      ['29-2-2020', quarterOf(2020, 1)],
      ['1-4-2020 0:00', quarterOf(2020, 2)],
    ])('%j', (text, expected) => {
      expect(parseQuarterText(text)).toBe(expected);
    });
  });

  describe('bad input', () => {
    it.each(['', '2020', '2020-Q5', 'Q0 2020', '2020-13-01', '2021-02-29', '31-4-2020', '10/2020', '2020-Q4-1', 'vierde kwartaal', '20-Q4'])('rejects %j', (text) => {
      expect(parseQuarterText(text)).toBeNull();
    });
  });
});
