import { describe, expect, it } from 'vitest';
import { prepareAhead, quartersAround, quartersByDistance } from './prepareAhead';

describe('quartersAround', () => {
  it('gives the quarter before, then the one after', () => {
    expect(quartersAround(10, 0, 19)).toEqual([9, 11]);
  });

  it('stays within the range of the data', () => {
    expect(quartersAround(19, 0, 19)).toEqual([18]);
    expect(quartersAround(0, 0, 19)).toEqual([1]);
    expect(quartersAround(5, 5, 5)).toEqual([]);
  });
});

describe('quartersByDistance', () => {
  it('gives every other quarter of the range once, nearest first, the one before first at each distance', () => {
    expect(quartersByDistance(3, 0, 5)).toEqual([2, 4, 1, 5, 0]);
  });

  it('goes on to one side when the other ends', () => {
    expect(quartersByDistance(19, 0, 19)).toEqual(Array.from({ length: 19 }, (_, i) => 18 - i));
    expect(quartersByDistance(0, 0, 3)).toEqual([1, 2, 3]);
    expect(quartersByDistance(5, 5, 5)).toEqual([]);
  });

  it('starts with the quarters around', () => {
    expect(quartersByDistance(10, 0, 19).slice(0, 2)).toEqual(quartersAround(10, 0, 19));
  });
});

describe('prepareAhead', () => {
  /** Idle moments the test hands out one at a time. */
  function moments() {
    const waiting: (() => void)[] = [];
    return {
      moment: () => new Promise<void>((resolve) => waiting.push(resolve)),
      async next() {
        waiting.shift()?.();
        await new Promise((resolve) => setTimeout(resolve, 0));
      },
    };
  }

  it('prepares one quarter per idle moment, in order', async () => {
    const idle = moments();
    const prepared: number[] = [];
    prepareAhead([9, 11], (quarter) => prepared.push(quarter), idle.moment);
    expect(prepared).toEqual([]);
    await idle.next();
    expect(prepared).toEqual([9]);
    await idle.next();
    expect(prepared).toEqual([9, 11]);
  });

  it('starts nothing after it is cancelled', async () => {
    const idle = moments();
    const prepared: number[] = [];
    const cancel = prepareAhead([9, 11], (quarter) => prepared.push(quarter), idle.moment);
    await idle.next();
    cancel();
    await idle.next();
    await idle.next();
    expect(prepared).toEqual([9]);
  });
});
