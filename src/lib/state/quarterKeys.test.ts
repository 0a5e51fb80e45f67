import { describe, expect, it } from 'vitest';
import type { KeyPress } from './quarterKeys';
import { quarterKeyStep, YEAR } from './quarterKeys';

describe('quarterKeyStep', () => {
  it.each<[KeyPress, number, string]>([
    [{ key: 'PageDown' }, 1, "a clicker's next: the next quarter"],
    [{ key: 'PageUp' }, -1, "a clicker's previous: the previous quarter"],
    [{ key: 'ArrowRight', shiftKey: true }, YEAR, 'a year on'],
    [{ key: 'ArrowUp', shiftKey: true }, YEAR, 'a year on (up is more, as on a range input)'],
    [{ key: 'ArrowLeft', shiftKey: true }, -YEAR, 'a year back'],
    [{ key: 'ArrowDown', shiftKey: true }, -YEAR, 'a year back'],
    [{ key: 'PageDown', shiftKey: true }, YEAR, 'Shift makes PageDown a year too'],
    [{ key: 'PageUp', shiftKey: true }, -YEAR, 'Shift makes PageUp a year too'],
  ])('%j steps %i: %s', (press, step, _why) => {
    expect(quarterKeyStep(press)).toBe(step);
  });

  describe('edge cases', () => {
    it.each<[KeyPress, string]>([
      [{ key: 'ArrowRight' }, 'a plain arrow is the range input’s own step'],
      [{ key: 'Home' }, 'Home/End are the range input’s own'],
      [{ key: 'PageDown', ctrlKey: true }, 'Ctrl+PageDown switches browser tabs'],
      [{ key: 'ArrowLeft', shiftKey: true, altKey: true }, 'system shortcuts stay theirs'],
    ])('%j is not ours: %s', (press, _why) => {
      expect(quarterKeyStep(press)).toBeNull();
    });
  });

  describe('bad input', () => {
    it.each([[{ key: '' }], [{ key: 'Unidentified', shiftKey: true }]])('%j is not a quarter key', (press) => {
      expect(quarterKeyStep(press)).toBeNull();
    });
  });
});
