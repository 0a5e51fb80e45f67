/**
 * How the SVG maps paint a category: its colour, or a pattern (the colour
 * plus marks) for "no data" and, with the patterns option, for the categories
 * the WebGL map overlays with dots or stripes (CATEGORY_PATTERNS). Shared by
 * the map without WebGL and the export. Pure strings: the export is a string,
 * and the live map puts the same definitions in its <defs>.
 */
import type { CategoryId } from '../domain/indicators';
import { CATEGORY_COLOURS, CATEGORY_PATTERNS } from '../scales/palette';

const MARK = '#141414';

function patternOf(category: CategoryId, showPatterns: boolean): 'hatch' | 'dots' | 'stripes' | null {
  if (category === 'no-data') return 'hatch';
  if (!showPatterns) return null;
  if ((CATEGORY_PATTERNS['pattern-dots'] as readonly string[]).includes(category)) return 'dots';
  if ((CATEGORY_PATTERNS['pattern-stripes'] as readonly string[]).includes(category)) return 'stripes';
  return null;
}

/** The fill of a category: a colour, or a reference to its pattern (ids start with `idPrefix`, unique per document). */
export function categoryFill(category: CategoryId, showPatterns: boolean, idPrefix: string): string {
  return patternOf(category, showPatterns) ? `url(#${idPrefix}fill-${category})` : CATEGORY_COLOURS[category];
}

const n = (value: number) => String(Math.round(value * 1000) / 1000);

/**
 * <pattern> definitions for the categories that need one, tiles of 8 × `unit`
 * (px on screen); `transform` undoes a zoom of the group they fill, so the
 * marks keep their size while the map zooms.
 */
export function categoryPatternDefs(categories: Iterable<CategoryId>, showPatterns: boolean, idPrefix: string, unit = 1, transform = ''): string {
  const size = n(8 * unit);
  const defs: string[] = [];
  for (const category of new Set(categories)) {
    const pattern = patternOf(category, showPatterns);
    if (!pattern) continue;
    const marks =
      pattern === 'hatch'
        ? `<path d="M0,${size}L${size},0" stroke="#e1e1e1" stroke-width="${n(1.5 * unit)}"/>`
        : pattern === 'dots'
          ? [2, 6].map((c) => `<circle cx="${n(c * unit)}" cy="${n(c * unit)}" r="${n(1.2 * unit)}" fill="${MARK}" fill-opacity="0.8"/>`).join('')
          : `<path d="M0,0L${size},${size}" stroke="${MARK}" stroke-opacity="0.8" stroke-width="${n(1.5 * unit)}"/>`;
    defs.push(
      `<pattern id="${idPrefix}fill-${category}" patternUnits="userSpaceOnUse" width="${size}" height="${size}"${transform ? ` patternTransform="${transform}"` : ''}><rect width="${size}" height="${size}" fill="${CATEGORY_COLOURS[category]}"/>${marks}</pattern>`,
    );
  }
  return defs.join('');
}
