import { describe, expect, it } from 'vitest';
import { enterTarget, mapKeyAction, selectionArrow, type KeyPress } from './mapKeys';

const press = (key: string, modifiers: Partial<KeyPress> = {}): KeyPress => ({ key, shiftKey: false, ctrlKey: false, altKey: false, metaKey: false, ...modifiers });
const centre = () => 'GM0363';

describe('mapKeyAction: what a key means on the map', () => {
  it('pans with the arrows when nothing is selected, the map moving against the arrow', () => {
    expect(mapKeyAction(press('ArrowUp'), null, centre, 100)).toEqual({ kind: 'pan', dx: 0, dy: 100 });
    expect(mapKeyAction(press('ArrowRight'), null, centre, 100)).toEqual({ kind: 'pan', dx: -100, dy: 0 });
  });

  it('moves a selection to its neighbour instead, unless Shift asks to pan', () => {
    expect(mapKeyAction(press('ArrowLeft'), 'GM0001', centre, 100)).toEqual({ kind: 'neighbour', direction: 'left' });
    expect(mapKeyAction(press('ArrowLeft', { shiftKey: true }), 'GM0001', centre, 100)).toEqual({ kind: 'pan', dx: 100, dy: 0 });
  });

  it('zooms with + and -, and leaves keys with Ctrl, Alt or Meta to the browser', () => {
    expect(mapKeyAction(press('+'), null, centre, 100)).toEqual({ kind: 'zoom', delta: 1 });
    expect(mapKeyAction(press('_'), null, centre, 100)).toEqual({ kind: 'zoom', delta: -1 });
    expect(mapKeyAction(press('ArrowUp', { ctrlKey: true }), 'GM0001', centre, 100)).toBeNull();
    expect(mapKeyAction(press('+', { metaKey: true }), null, centre, 100)).toBeNull();
    expect(mapKeyAction(press('a'), null, centre, 100)).toBeNull();
  });

  it('opens the selection with Enter, else the municipality under the crosshair, else nothing', () => {
    expect(mapKeyAction(press('Enter'), 'GM0001', centre, 100)).toEqual({ kind: 'open', code: 'GM0001' });
    expect(mapKeyAction(press('Enter'), null, centre, 100)).toEqual({ kind: 'open', code: 'GM0363' });
    expect(mapKeyAction(press('Enter'), null, () => null, 100)).toBeNull();
  });

  it('gives MapLibre only the selection arrows and Enter (it pans and zooms itself)', () => {
    expect(selectionArrow(press('ArrowDown'), 'GM0001')).toBe('down');
    expect(selectionArrow(press('ArrowDown'), null)).toBeNull();
    expect(selectionArrow(press('ArrowDown', { altKey: true }), 'GM0001')).toBeNull();
    expect(enterTarget(press('Enter'), null, centre)).toBe('GM0363');
    expect(enterTarget(press(' '), 'GM0001', centre)).toBeNull();
  });
});
