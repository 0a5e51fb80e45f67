import { describe, expect, it } from 'vitest';
import { pairedColdLoadRatios, type FloorRow, type PageKind } from '../../bench/floor';

const row = (coldLoad: number[]): FloorRow => ({ coldLoad, bytesToFirstMap: [], firstStep: [], versionFirst: [], versionCached: [], versionCachedTaskMs: [], quarterSwitch: [], slowest: { duration: 0, name: '' } });

describe('pairedColdLoadRatios', () => {
  it('divides each cold load by the floor page of the same run, then takes the median and range', () => {
    const rows: Record<PageKind, FloorRow> = { floor: row([100, 200, 150]), auto: row([150, 260, 300]), webgl: row([100, 200, 150]), embed: row([120, 500, 150]) };
    expect(pairedColdLoadRatios(rows, 'auto')).toEqual({ median: 1.5, min: 1.3, max: 2, runs: [1.5, 1.3, 2] });
    expect(pairedColdLoadRatios(rows, 'webgl')).toEqual({ median: 1, min: 1, max: 1, runs: [1, 1, 1] });
  });

  it('is not the ratio of the medians: a slow moment that hits both pages of a run cancels out', () => {
    // Run 2 was slow for the machine: both pages took twice as long.
    const rows: Record<PageKind, FloorRow> = { floor: row([100, 200, 100]), auto: row([140, 280, 140]), webgl: row([0, 0, 0]), embed: row([0, 0, 0]) };
    expect(pairedColdLoadRatios(rows, 'auto').median).toBe(1.4);
    expect(pairedColdLoadRatios(rows, 'auto').max).toBe(1.4);
  });
});
