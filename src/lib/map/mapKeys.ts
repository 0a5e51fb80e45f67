/**
 * What a key on the map means, the same on both renderers (pure): with a
 * municipality selected the arrows move the selection to a neighbour;
 * otherwise they pan; + and - zoom; Enter opens the selected municipality,
 * or else the one under the centre crosshair. MapLibre pans and zooms by
 * itself, so ChoroplethMap asks only for the selection's arrows and Enter.
 */
export type Direction = 'up' | 'down' | 'left' | 'right';

/** The parts of a KeyboardEvent that decide (so tests pass plain objects). */
export interface KeyPress {
  key: string;
  shiftKey: boolean;
  ctrlKey: boolean;
  altKey: boolean;
  metaKey: boolean;
}

export type MapKeyAction =
  | { kind: 'neighbour'; direction: Direction }
  | { kind: 'pan'; dx: number; dy: number }
  | { kind: 'zoom'; delta: 1 | -1 }
  | { kind: 'open'; code: string };

const ARROWS: Record<string, Direction> = { ArrowUp: 'up', ArrowDown: 'down', ArrowLeft: 'left', ArrowRight: 'right' };
/** Pixels the view moves per arrow press; the map moves against the arrow's direction so the view moves with it. */
const PAN: Record<Direction, [number, number]> = { up: [0, 1], down: [0, -1], left: [1, 0], right: [-1, 0] };

const withModifier = (press: KeyPress) => press.ctrlKey || press.altKey || press.metaKey;

/** An arrow pressed with a municipality selected (and no modifier): the direction to move the selection in. */
export function selectionArrow(press: KeyPress, selectedCode: string | null): Direction | null {
  const direction = ARROWS[press.key];
  return direction && selectedCode && !press.shiftKey && !withModifier(press) ? direction : null;
}

/** Enter: the selected municipality (moved there by the arrows), else the one under the crosshair. */
export function enterTarget(press: KeyPress, selectedCode: string | null, centreCode: () => string | null): string | null {
  return press.key === 'Enter' ? (selectedCode ?? centreCode()) : null;
}

/** Every key the SVG map handles itself; null for a key it leaves alone. */
export function mapKeyAction(press: KeyPress, selectedCode: string | null, centreCode: () => string | null, panStep: number): MapKeyAction | null {
  if (withModifier(press)) return null;
  const neighbour = selectionArrow(press, selectedCode);
  if (neighbour) return { kind: 'neighbour', direction: neighbour };
  const direction = ARROWS[press.key];
  if (direction) return { kind: 'pan', dx: PAN[direction][0] * panStep, dy: PAN[direction][1] * panStep };
  if (press.key === '+' || press.key === '=') return { kind: 'zoom', delta: 1 };
  if (press.key === '-' || press.key === '_') return { kind: 'zoom', delta: -1 };
  const code = enterTarget(press, selectedCode, centreCode);
  return code ? { kind: 'open', code } : null;
}
