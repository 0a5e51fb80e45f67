import { describe, expect, it } from 'vitest';
import { delayAfterPaint, nextPlayQuarter } from './playback';

describe('delayAfterPaint: the rest of the interval once the quarter is painted', () => {
  it.each([
    { interval: 400, shownAt: 1000, paintedAt: 1150, delay: 250, why: 'painted in time: the quarter stays the whole interval' },
    { interval: 400, shownAt: 1000, paintedAt: 1000, delay: 400, why: 'painted at once' },
    { interval: 400, shownAt: 1000, paintedAt: 1400, delay: 0, why: 'painting took exactly the interval' },
    { interval: 400, shownAt: 1000, paintedAt: 1650, delay: 0, why: 'painting took longer: next at once, never negative' },
    { interval: 2000, shownAt: 0, paintedAt: 146, delay: 1854, why: 'slow speed, one software-rendered frame' },
  ])('$why', ({ interval, shownAt, paintedAt, delay }) => {
    expect(delayAfterPaint(interval, shownAt, paintedAt)).toBe(delay);
  });
});

describe('nextPlayQuarter', () => {
  it('steps one quarter, stops at the last, and restarts from the first when play starts on the last', () => {
    expect(nextPlayQuarter(5, 0, 10, false)).toBe(6);
    expect(nextPlayQuarter(10, 0, 10, false)).toBeNull();
    expect(nextPlayQuarter(10, 0, 10, true)).toBe(0);
  });
});
