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
    ['ArrowRight', 'button', { kind: 'step', delta: 1 }],
    ['Escape', 'button', { kind: 'exit' }],
  ] as const)('%j on the %s', (key, target, action) => {
    expect(presentationKeyAction({ key }, target)).toEqual(action);
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
      [{ key: 'x' }],
      [{ key: '' }],
      [{ key: 'Unidentified' }],
    ])('%j does nothing', (press) => {
      expect(presentationKeyAction(press, 'page')).toBeNull();
    });
  });
});
