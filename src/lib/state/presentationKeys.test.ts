import { describe, expect, it } from 'vitest';
import { presentationKeyAction, type KeyTarget } from './presentationKeys';

describe('presentationKeyAction', () => {
  it.each([
    ['ArrowRight', 'page', { kind: 'step', delta: 1 }],
    ['ArrowDown', 'page', { kind: 'step', delta: 1 }],
    ['PageDown', 'page', { kind: 'step', delta: 1 }],
    ['ArrowLeft', 'page', { kind: 'step', delta: -1 }],
    ['ArrowUp', 'page', { kind: 'step', delta: -1 }],
    ['PageUp', 'page', { kind: 'step', delta: -1 }],
    ['Home', 'page', { kind: 'first' }],
    ['End', 'page', { kind: 'last' }],
    [' ', 'page', { kind: 'toggle-play' }],
    ['Escape', 'page', { kind: 'exit' }],
    ['f', 'page', { kind: 'fullscreen' }],
    ['F', 'page', { kind: 'fullscreen' }],
    ['g', 'page', { kind: 'toggle-slide' }],
    ['G', 'map', { kind: 'toggle-slide' }],
    ['ArrowRight', 'button', { kind: 'step', delta: 1 }],
    ['Escape', 'button', { kind: 'exit' }],
  ] as const)('%j on the %s', (key, target, action) => {
    expect(presentationKeyAction({ key }, target)).toEqual(action);
  });

  it.each([
    [{ key: 'ArrowRight', shiftKey: true }, 4],
    [{ key: 'ArrowLeft', shiftKey: true }, -4],
    [{ key: 'PageDown' }, 1],
  ])('%j steps %i quarters, as on the dashboard slider', (press, delta) => {
    expect(presentationKeyAction(press, 'page')).toEqual({ kind: 'step', delta });
  });

  describe('edge cases', () => {
    it.each([
      [' ', 'button', 'Space activates the focused button instead'],
      ['ArrowLeft', 'map', 'the map pans or moves the selection'],
      ['ArrowUp', 'map', 'the map pans or moves the selection'],
      ['ArrowRight', 'field', 'a select or slider uses its own arrows'],
      ['Escape', 'dialog', 'Escape closes only the open dialog'],
      [' ', 'field', 'typing a space'],
      ['Enter', 'page', 'Enter is not a presentation key'],
      ['g', 'field', 'typing a g'],
    ] as const)('%j on the %s does nothing: %s', (key, target, _reason) => {
      expect(presentationKeyAction({ key }, target as KeyTarget)).toBeNull();
    });

    it.each(['PageDown', 'Home', 'End', ' ', 'Escape'])('%j still works on the map', (key) => {
      expect(presentationKeyAction({ key }, 'map')).not.toBeNull();
    });
  });

  describe('bad input', () => {
    it.each([
      [{ key: 'ArrowRight', ctrlKey: true }],
      [{ key: 'f', metaKey: true }],
      [{ key: 'Home', altKey: true }],
      [{ key: 'F', shiftKey: true }],
      [{ key: 'G', shiftKey: true }],
      [{ key: 'ArrowRight', shiftKey: true, ctrlKey: true }],
      [{ key: 'x' }],
      [{ key: '' }],
      [{ key: 'Unidentified' }],
    ])('%j does nothing', (press) => {
      expect(presentationKeyAction(press, 'page')).toBeNull();
    });
  });
});
