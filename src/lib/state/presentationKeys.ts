/**
 * The keys of presentation mode, as a presenter's clicker and keyboard send
 * them: arrows and PageUp/PageDown step a quarter (PageDown is a clicker's
 * "next", as on the dashboard's slider: quarterKeys.ts), Shift with an arrow
 * a year, Home/End jump to the first/last quarter, Space plays or pauses, G
 * switches between the map and the growth slide, F toggles fullscreen,
 * Escape leaves. Pure, so the whole table is tested; the view only says where
 * the key was pressed.
 */
import { quarterKeyStep, type KeyPress } from './quarterKeys';

export type PresentationAction =
  | { kind: 'step'; delta: number }
  | { kind: 'toggle-slide' }
  | { kind: 'first' }
  | { kind: 'last' }
  | { kind: 'toggle-play' }
  | { kind: 'fullscreen' }
  | { kind: 'exit' };

/**
 * Where the key went: a text field, select or slider uses keys itself; a
 * button uses Space and Enter; the map uses the arrows (panning, neighbours);
 * an open dialog owns every key (its Escape closes only the dialog).
 */
export type KeyTarget = 'page' | 'button' | 'map' | 'field' | 'dialog';

const NEXT = new Set(['ArrowRight', 'ArrowDown', 'PageDown']);
const PREVIOUS = new Set(['ArrowLeft', 'ArrowUp', 'PageUp']);
const ARROWS = new Set(['ArrowRight', 'ArrowDown', 'ArrowLeft', 'ArrowUp']);

export function presentationKeyAction(press: KeyPress, target: KeyTarget): PresentationAction | null {
  // Browser and system shortcuts stay theirs.
  if (press.ctrlKey || press.altKey || press.metaKey) return null;
  if (target === 'field' || target === 'dialog') return null;
  const { key } = press;
  if (key === 'Escape') return { kind: 'exit' };
  if (target === 'map' && ARROWS.has(key)) return null;
  const step = quarterKeyStep(press);
  if (step !== null) return { kind: 'step', delta: step };
  if (NEXT.has(key)) return { kind: 'step', delta: 1 };
  if (PREVIOUS.has(key)) return { kind: 'step', delta: -1 };
  if (key === 'Home') return { kind: 'first' };
  if (key === 'End') return { kind: 'last' };
  if (key === ' ' || key === 'Spacebar') return target === 'button' ? null : { kind: 'toggle-play' };
  if ((key === 'f' || key === 'F') && !press.shiftKey) return { kind: 'fullscreen' };
  if ((key === 'g' || key === 'G') && !press.shiftKey) return { kind: 'toggle-slide' };
  return null;
}
