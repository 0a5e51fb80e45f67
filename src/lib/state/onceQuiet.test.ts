import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { latestOnceQuiet } from './onceQuiet';

describe('latestOnceQuiet', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('writes the latest value once no new one came for the quiet time', () => {
    const written: string[] = [];
    const write = latestOnceQuiet((value: string) => written.push(value), 250);
    write('2023 K3');
    vi.advanceTimersByTime(200);
    write('2023 K2');
    vi.advanceTimersByTime(249);
    expect(written).toEqual([]);
    expect(write.pending()).toBe('2023 K2');
    vi.advanceTimersByTime(1);
    expect(written).toEqual(['2023 K2']);
    expect(write.pending()).toBeNull();
    vi.advanceTimersByTime(1000);
    expect(written).toEqual(['2023 K2']);
  });

  it('writes at once when flushed, and not at all when cancelled', () => {
    const written: number[] = [];
    const write = latestOnceQuiet((value: number) => written.push(value), 250);
    write(1);
    write.flush();
    expect(written).toEqual([1]);
    write.flush();
    write(2);
    write.cancel();
    expect(write.pending()).toBeNull();
    vi.advanceTimersByTime(1000);
    expect(written).toEqual([1]);
  });
});
