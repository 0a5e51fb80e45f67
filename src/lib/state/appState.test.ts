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

  it('shows the start quarter for one interval, then steps at the chosen speed and stops at the last quarter', () => {
    app.playSpeed = 'fast';
    app.playFrom(first + 1);
    expect([app.quarter, app.playing]).toEqual([first + 1, true]);
    vi.advanceTimersByTime(PLAY_SPEEDS.fast - 1);
    expect(app.quarter).toBe(first + 1);
    vi.advanceTimersByTime(1);
    expect(app.quarter).toBe(first + 2);
    vi.advanceTimersByTime(PLAY_SPEEDS.fast);
    expect(app.quarter).toBe(last);
    vi.advanceTimersByTime(PLAY_SPEEDS.fast);
    expect([app.quarter, app.playing]).toEqual([last, false]);
  });

  describe('edge cases', () => {
    it('restarts cleanly when called while playing (one timer, not two)', () => {
      app.playSpeed = 'slow';
      app.play();
      app.playFrom(first);
      vi.advanceTimersByTime(PLAY_SPEEDS.slow);
      expect(app.quarter).toBe(first + 1);
    });

    it('from the last quarter: shows it, then stops', () => {
      app.playFrom(last);
      vi.advanceTimersByTime(PLAY_SPEEDS[app.playSpeed]);
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
