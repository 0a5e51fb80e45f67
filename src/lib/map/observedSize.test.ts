import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { observedSize } from './observedSize';

/** A ResizeObserver that reports when told to, as the browser does in a frame after layout. */
class FakeResizeObserver {
  static last: FakeResizeObserver | null = null;
  observed: Element[] = [];
  disconnected = false;
  constructor(readonly callback: () => void) {
    FakeResizeObserver.last = this;
  }
  observe(element: Element) {
    this.observed.push(element);
  }
  disconnect() {
    this.disconnected = true;
  }
}

describe('observedSize', () => {
  beforeEach(() => vi.stubGlobal('ResizeObserver', FakeResizeObserver));
  afterEach(() => vi.unstubAllGlobals());

  it('reads the size only when the observer reports, never as it is attached (which would lay the page out then)', () => {
    let reads = 0;
    const element = {
      get clientWidth() {
        reads++;
        return 800;
      },
      get clientHeight() {
        reads++;
        return 600;
      },
    } as unknown as HTMLElement;
    const sizes: [number, number][] = [];
    const detach = observedSize((width, height) => sizes.push([width, height]))(element);
    expect(reads).toBe(0);
    expect(sizes).toEqual([]);
    expect(FakeResizeObserver.last!.observed).toEqual([element]);

    FakeResizeObserver.last!.callback();
    expect(sizes).toEqual([[800, 600]]);

    (detach as () => void)();
    expect(FakeResizeObserver.last!.disconnected).toBe(true);
  });
});
