/**
 * Category colours. Chosen from the Okabe–Ito and ColorBrewer families so that
 * neighbouring categories stay apart under the common colour-vision
 * deficiencies (checked with the deuteranopia/protanopia/tritanopia
 * simulations in palette.test.ts). "No data" is a neutral grey that the map
 * also hatches, so it never reads as a pale "none".
 */
import type { CategoryId } from '../domain/indicators';

/** Themes as drawn (the "automatic" choice resolves to light or dark). */
export type ThemeName = 'light' | 'dark' | 'projector';

export const CATEGORY_COLOURS: Record<CategoryId, string> = {
  'ido-in-municipality': '#08519c',
  'ido-elsewhere': '#4f9bd9',
  'ido-planned': '#e69f00',
  'sek-local': '#00795c',
  'sek-national': '#7fc7a9',
  'bd-partner': '#6a3d9a',
  'reach-3': '#253494',
  'reach-2': '#2c7fb8',
  'reach-1': '#8fd1c4',
  'reach-0': '#f3eee1',
  none: '#f3eee1',
  'no-data': '#8f8f8f',
  // Change between two quarters: Okabe–Ito blue for "new", vermillion for
  // "stopped" (apart under every simulated deficiency), a light blue for
  // "still reached" and the pale "none" colour for "still not reached".
  'change-new': '#0072b2',
  'change-stopped': '#d55e00',
  'change-kept': '#9ecae1',
  'change-none': '#f3eee1',
};

/** Map chrome colours (water, borders, selection) per theme; category colours stay the same everywhere. */
export const MAP_THEMES = {
  light: { background: '#dfe9f0', municipalityBorder: '#ffffff', provinceBorder: '#3a3a3a', selected: '#000000', selectedHalo: '#ffffff', hover: '#222222', idoPoint: '#ffffff', idoPointStroke: '#08306b' },
  dark: { background: '#0f1d2a', municipalityBorder: '#14181d', provinceBorder: '#e8ebef', selected: '#ffbf47', selectedHalo: '#000000', hover: '#ffffff', idoPoint: '#ffffff', idoPointStroke: '#08306b' },
  projector: { background: '#ffffff', municipalityBorder: '#000000', provinceBorder: '#000000', selected: '#8b0000', selectedHalo: '#ffffff', hover: '#000000', idoPoint: '#ffffff', idoPointStroke: '#000000' },
} as const satisfies Record<ThemeName, Record<string, string>>;

export const MAP_COLOURS = MAP_THEMES.light;

export function colourOf(category: CategoryId): string {
  return CATEGORY_COLOURS[category];
}

/**
 * Patterns that tell categories apart without colour (an option for users who
 * cannot rely on it, and for grey-scale print). Within every indicator each
 * category has its own combination of pattern and lightness; "no data" keeps
 * its hatch.
 */
export const CATEGORY_PATTERNS = {
  'pattern-dots': ['ido-elsewhere', 'sek-national', 'reach-2'],
  // "Stopped" is as light as the grey of "no data" (which is hatched): stripes keep it apart without colour.
  'pattern-stripes': ['ido-planned', 'reach-1', 'change-stopped'],
} as const;
export type PatternName = keyof typeof CATEGORY_PATTERNS;
