/** What both renderers share about fitting and starting: padding, deepest zoom of a fit, and whether WebGL2 is there. */

/** The padding and deepest zoom of a fit (a single small municipality is not blown up to street level). */
export const FIT = { padding: 60, maxZoom: 9.5 } as const;
/** The selection outline in CSS px, on both renderers: a line of the theme's `selected` on a wider halo of `selectedHalo`. */
export const SELECTION_OUTLINE = { line: 3.5, halo: 8 } as const;
/** The padding of the whole shapes, as on a first view. */
export const FIT_ALL_PADDING = 16;

/** Whether the browser gives a WebGL2 context (MapLibre 6 needs one); false in locked-down browsers and `--disable-3d-apis`. */
export function supportsWebGL2(): boolean {
  try {
    return document.createElement('canvas').getContext('webgl2') !== null;
  } catch {
    return false;
  }
}
