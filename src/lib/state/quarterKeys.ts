/**
 * The quarter keys shared by the dashboard's slider and presentation mode,
 * so a presenter's clicker (which sends PageDown for "next" and PageUp for
 * "previous") steps the same way everywhere: PageDown/PageUp one quarter
 * forward/back, Shift with an arrow a year (four quarters). Pure, tested as a
 * table; the native range input keeps its own plain arrows and Home/End.
 */
/** A key as both key tables read it (a KeyboardEvent has these). */
export interface KeyPress {
  key: string;
  ctrlKey?: boolean;
  altKey?: boolean;
  metaKey?: boolean;
  shiftKey?: boolean;
}

export const YEAR = 4;

/** How many quarters a key steps (forward positive), or null when it is not a quarter key of ours. */
export function quarterKeyStep(press: KeyPress): number | null {
  if (press.ctrlKey || press.altKey || press.metaKey) return null;
  if (press.key === 'PageDown') return press.shiftKey ? YEAR : 1;
  if (press.key === 'PageUp') return press.shiftKey ? -YEAR : -1;
  if (!press.shiftKey) return null;
  // A range input counts ArrowUp as "more", as it does without Shift.
  if (press.key === 'ArrowRight' || press.key === 'ArrowUp') return YEAR;
  if (press.key === 'ArrowLeft' || press.key === 'ArrowDown') return -YEAR;
  return null;
}
