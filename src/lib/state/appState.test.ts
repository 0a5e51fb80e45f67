import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { quarterOf } from '../domain/quarter';
import { AppState } from './appState.svelte';
import { PLAY_SPEEDS } from './playback';

const first = quarterOf(2019, 1);
const last = quarterOf(2019, 4);

describe('AppState.playFrom (presentation autoplay)', () => {
  let app: AppState;
  beforeEach(() => {
    vi.useFakeTimers();
    app = new AppState();
    app.setRange(first, last);
  });
  afterEach(() => {
    app.pause();
    vi.useRealTimers();
  });

  it('shows the start quarter for one interval, then steps at the chosen speed and stops at the last quarter', async () => {
    app.playSpeed = 'fast';
    app.playFrom(first + 1);
    expect([app.quarter, app.playing]).toEqual([first + 1, true]);
    await vi.advanceTimersByTimeAsync(PLAY_SPEEDS.fast - 1);
    expect(app.quarter).toBe(first + 1);
    await vi.advanceTimersByTimeAsync(1);
    expect(app.quarter).toBe(first + 2);
    await vi.advanceTimersByTimeAsync(PLAY_SPEEDS.fast);
    expect(app.quarter).toBe(last);
    await vi.advanceTimersByTimeAsync(PLAY_SPEEDS.fast);
    expect([app.quarter, app.playing]).toEqual([last, false]);
  });

  describe('edge cases', () => {
    it('restarts cleanly when called while playing (one timer, not two)', async () => {
      app.playSpeed = 'slow';
      app.play();
      app.playFrom(first);
      await vi.advanceTimersByTimeAsync(PLAY_SPEEDS.slow);
      expect(app.quarter).toBe(first + 1);
    });

    it('from the last quarter: shows it, then stops', async () => {
      app.playFrom(last);
      await vi.advanceTimersByTimeAsync(PLAY_SPEEDS[app.playSpeed]);
      expect([app.quarter, app.playing]).toEqual([last, false]);
    });
  });

  describe('bad input', () => {
    it('clamps a start outside the data to its range', () => {
      app.playFrom(first - 10);
      expect(app.quarter).toBe(first);
      app.playFrom(last + 3);
      expect(app.quarter).toBe(last);
    });
  });
});

describe('AppState playback cadence: the next quarter comes after the previous one is painted', () => {
  let app: AppState;
  let paintMs: number;
  let paints: number[];
  beforeEach(() => {
    vi.useFakeTimers();
    app = new AppState();
    app.setRange(first, last);
    paintMs = 0;
    paints = [];
    // A map that takes paintMs to paint each quarter it is given.
    app.whenPainted = () => new Promise((resolve) => setTimeout(() => {
      paints.push(app.quarter);
      resolve();
    }, paintMs));
  });
  afterEach(() => {
    app.pause();
    vi.useRealTimers();
  });

  it('keeps the chosen interval when painting takes less (counted from when the quarter was set)', async () => {
    app.playSpeed = 'fast';
    paintMs = 150;
    app.playFrom(first);
    await vi.advanceTimersByTimeAsync(PLAY_SPEEDS.fast - 1);
    expect(app.quarter).toBe(first);
    await vi.advanceTimersByTimeAsync(1);
    expect(app.quarter).toBe(first + 1);
    await vi.advanceTimersByTimeAsync(PLAY_SPEEDS.fast);
    expect(app.quarter).toBe(first + 2);
    expect(paints).toEqual([first, first + 1]);
  });

  it('waits for a slow paint instead of stacking quarters, and goes on as soon as it is painted', async () => {
    app.playSpeed = 'fast';
    paintMs = 650;
    app.playFrom(first);
    await vi.advanceTimersByTimeAsync(640);
    expect(app.quarter).toBe(first);
    // Painted at 650 ms: the next quarter follows at once (not 400 ms later, nor at 400 ms on top of the paint).
    await vi.advanceTimersByTimeAsync(20);
    expect(app.quarter).toBe(first + 1);
    await vi.advanceTimersByTimeAsync(600);
    expect(app.quarter).toBe(first + 1);
    await vi.advanceTimersByTimeAsync(60);
    expect(app.quarter).toBe(first + 2);
  });

  it('a pause while a quarter is being painted stops playback: nothing follows the paint', async () => {
    paintMs = 300;
    app.playSpeed = 'fast';
    app.playFrom(first);
    await vi.advanceTimersByTimeAsync(100);
    app.pause();
    await vi.advanceTimersByTimeAsync(5_000);
    expect([app.quarter, app.playing]).toEqual([first, false]);
  });

  it('a map that fails to report its paint does not stop playback', async () => {
    app.whenPainted = () => Promise.reject(new Error('no map'));
    app.playSpeed = 'fast';
    app.playFrom(first);
    await vi.advanceTimersByTimeAsync(PLAY_SPEEDS.fast);
    expect(app.quarter).toBe(first + 1);
  });
});
