import { flushSync } from 'svelte';
import { afterEach, describe, expect, it } from 'vitest';
import { RenderedSlice } from './renderedSlice.svelte';

/** Moments (after a paint) the test hands out one at a time. */
function moments() {
  const waiting: (() => void)[] = [];
  return {
    moment: () => new Promise<void>((resolve) => waiting.push(resolve)),
    get waiting() {
      return waiting.length;
    },
    async next() {
      waiting.shift()?.();
      await new Promise((resolve) => setTimeout(resolve, 0));
      flushSync();
    },
  };
}

describe('RenderedSlice', () => {
  let cleanup: (() => void) | null = null;
  afterEach(() => {
    cleanup?.();
    cleanup = null;
  });

  function start(initialTotal: number, sizes = { first: 30, step: 100 }) {
    let total = $state(initialTotal);
    const idle = moments();
    let slice!: RenderedSlice;
    cleanup = $effect.root(() => {
      slice = new RenderedSlice(() => total, sizes, idle.moment);
    });
    flushSync();
    return { slice, idle, setTotal: (n: number) => ((total = n), flushSync()) };
  }

  it('renders the first slice at once and one more step per moment until all are there', async () => {
    const { slice, idle } = start(344);
    expect([slice.count, slice.complete]).toEqual([30, false]);
    await idle.next();
    expect(slice.count).toBe(130);
    await idle.next();
    await idle.next();
    expect([slice.count, slice.complete]).toEqual([330, false]);
    await idle.next();
    expect(slice.complete).toBe(true);
    // Nothing more is asked for once every item is there.
    expect(idle.waiting).toBe(0);
  });

  it('is complete at once for a list that fits the first slice', () => {
    const { slice, idle } = start(26);
    expect(slice.complete).toBe(true);
    expect(idle.waiting).toBe(0);
  });

  it('goes on growing when the list grows (a filter cleared), never shrinks when it shrinks', async () => {
    const { slice, idle, setTotal } = start(26);
    setTotal(5);
    expect([slice.count, slice.complete]).toEqual([30, true]);
    setTotal(200);
    expect(slice.complete).toBe(false);
    await idle.next();
    await idle.next();
    expect([slice.count, slice.complete]).toEqual([230, true]);
  });

  it('stops when the list is gone (the table hidden)', async () => {
    const { slice, idle } = start(344);
    cleanup?.();
    cleanup = null;
    await idle.next();
    expect(slice.count).toBe(30);
  });

  it('refuses slices of no items', () => {
    expect(() => $effect.root(() => void new RenderedSlice(() => 10, { first: 0, step: 10 }))()).toThrow(/first 0/);
  });
});
