import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { latestAfterNextPaint } from './afterNextPaint';

describe('latestAfterNextPaint', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('writes nothing in the task that asked, then only the latest value, once', () => {
    const written: string[] = [];
    const write = latestAfterNextPaint((value: string) => written.push(value));
    write('2023 K2');
    write('2023 K3');
    write('2023 K4');
    expect(written).toEqual([]);
    vi.advanceTimersByTime(1);
    expect(written).toEqual(['2023 K4']);
    vi.advanceTimersByTime(100);
    expect(written).toEqual(['2023 K4']);
  });

  it('asks again after a write', () => {
    const written: number[] = [];
    const write = latestAfterNextPaint((value: number) => written.push(value));
    write(1);
    vi.advanceTimersByTime(1);
    write(2);
    vi.advanceTimersByTime(1);
    expect(written).toEqual([1, 2]);
  });
});
