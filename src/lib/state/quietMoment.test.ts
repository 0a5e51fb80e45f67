import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { quietMoment } from './quietMoment';

describe('a quiet moment', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  /** Whether the promise has resolved, after the timers due by now ran. */
  async function settled(promise: Promise<void>): Promise<boolean> {
    let done = false;
    void promise.then(() => (done = true));
    await vi.advanceTimersByTimeAsync(0);
    return done;
  }

  /** The moment comes exactly `ms` from now: not a millisecond before. */
  async function expectComesIn(moment: Promise<void>, ms: number): Promise<void> {
    await vi.advanceTimersByTimeAsync(ms - 1);
    expect(await settled(moment)).toBe(false);
    await vi.advanceTimersByTimeAsync(1);
    expect(await settled(moment)).toBe(true);
  }

  it('comes after the quiet time when nobody uses the page', async () => {
    const page = new EventTarget();
    await expectComesIn(quietMoment(page, 2000, 30_000), 2000);
  });

  it('waits again from each key press, click, touch or wheel', async () => {
    const page = new EventTarget();
    const moment = quietMoment(page, 2000, 30_000);
    for (const type of ['keydown', 'pointerdown', 'touchstart', 'wheel']) {
      await vi.advanceTimersByTimeAsync(1500);
      page.dispatchEvent(new Event(type));
    }
    await expectComesIn(moment, 2000);
  });

  it('ignores what is not input, such as the pointer moving over the map', async () => {
    const page = new EventTarget();
    const moment = quietMoment(page, 2000, 30_000);
    await vi.advanceTimersByTimeAsync(1500);
    page.dispatchEvent(new Event('pointermove'));
    await vi.advanceTimersByTimeAsync(500);
    expect(await settled(moment)).toBe(true);
  });

  it('comes after its patience however busy the page is, and stops listening then', async () => {
    const page = new EventTarget();
    const removed = vi.spyOn(page, 'removeEventListener');
    const moment = quietMoment(page, 2000, 10_000);
    for (let elapsed = 0; elapsed < 9_000; elapsed += 1000) {
      await vi.advanceTimersByTimeAsync(1000);
      page.dispatchEvent(new Event('keydown'));
    }
    expect(await settled(moment)).toBe(false);
    await vi.advanceTimersByTimeAsync(1000);
    expect(await settled(moment)).toBe(true);
    expect(removed.mock.calls.map(([type]) => type).sort()).toEqual(['keydown', 'pointerdown', 'touchstart', 'wheel']);
  });
});
