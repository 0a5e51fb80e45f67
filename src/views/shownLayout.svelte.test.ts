import { flushSync } from 'svelte';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { LayoutKind, LayoutModule } from './layouts';
import { ShownLayout } from './shownLayout.svelte';

// Each layout's chunk as a promise the test settles by hand.
const chunks = vi.hoisted(() => ({ requests: [] as { kind: string; retry: unknown; resolve: (m: unknown) => void; reject: (e: unknown) => void }[] }));
vi.mock('./layouts', () => ({
  loadLayout: (kind: string, retry?: unknown) =>
    new Promise((resolve, reject) => {
      chunks.requests.push({ kind, retry, resolve, reject });
    }),
}));

const component = (name: string) => ({ default: Object.assign(() => undefined, { layoutName: name }) }) as unknown as LayoutModule;
const settle = () => new Promise((resolve) => setTimeout(resolve, 0)).then(() => flushSync());
const failed = new Error('Failed to fetch dynamically imported module: http://127.0.0.1/assets/PresentLayout-1.js');

describe('ShownLayout', () => {
  let cleanup: (() => void) | null = null;
  afterEach(() => {
    cleanup?.();
    cleanup = null;
    chunks.requests = [];
  });

  function start(first: LayoutKind) {
    let wanted = $state<LayoutKind>(first);
    const switchTo = vi.fn((kind: LayoutKind) => (wanted = kind));
    let layout!: ShownLayout;
    cleanup = $effect.root(() => {
      layout = new ShownLayout(() => wanted, switchTo);
    });
    flushSync();
    const last = () => chunks.requests.at(-1)!;
    return { layout, switchTo, last, want: (kind: LayoutKind) => ((wanted = kind), flushSync()) };
  }

  it('shows the first layout when its chunk arrives', async () => {
    const { layout, last } = start('explore');
    expect([layout.shown, last().kind]).toEqual([null, 'explore']);
    last().resolve(component('explore'));
    await settle();
    expect(layout.shown?.kind).toBe('explore');
  });

  it('keeps the dashboard on screen until the presentation’s chunk is there', async () => {
    const { layout, last, want } = start('explore');
    last().resolve(component('explore'));
    await settle();
    want('present');
    expect(layout.shown?.kind).toBe('explore');
    last().resolve(component('present'));
    await settle();
    expect(layout.shown?.kind).toBe('present');
  });

  it('goes back to the layout on screen when a chunk fails, and tries again on retry', async () => {
    const { layout, last, want, switchTo } = start('explore');
    last().resolve(component('explore'));
    await settle();
    want('present');
    last().reject(failed);
    await settle();
    expect(layout.failure).toEqual({ kind: 'present', error: failed });
    expect(switchTo).toHaveBeenLastCalledWith('explore', false);
    expect(layout.shown?.kind).toBe('explore');

    layout.retry();
    flushSync();
    expect(switchTo).toHaveBeenLastCalledWith('present', true);
    const retried = chunks.requests.find((r) => r.retry !== undefined)!;
    expect(retried).toMatchObject({ kind: 'present', retry: { failed, attempt: 1 } });
    expect(layout.failure).toBeNull();
    for (const request of chunks.requests.filter((r) => r.kind === 'present')) request.resolve(component('present'));
    await settle();
    expect(layout.shown?.kind).toBe('present');
  });

  it('on a failed first layout, shows the failure and loads it again on retry', async () => {
    const { layout, last, switchTo } = start('embed');
    last().reject(failed);
    await settle();
    expect([layout.shown, layout.failure?.kind]).toEqual([null, 'embed']);
    expect(switchTo).not.toHaveBeenCalled();
    layout.retry();
    expect(last()).toMatchObject({ kind: 'embed', retry: { attempt: 1 } });
    last().resolve(component('embed'));
    await settle();
    expect([layout.shown?.kind, layout.failure]).toEqual(['embed', null]);
  });

  it('drops a chunk that arrives after the mode changed back', async () => {
    const { layout, last, want } = start('explore');
    last().resolve(component('explore'));
    await settle();
    want('present');
    const present = last();
    want('explore');
    present.resolve(component('present'));
    await settle();
    expect(layout.shown?.kind).toBe('explore');
  });
});
