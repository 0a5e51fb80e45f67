import { describe, expect, it } from 'vitest';
import { INDICATOR_CATEGORIES, type CategoryId } from '../domain/indicators';
import { CATEGORY_COLOURS, CATEGORY_PATTERNS } from '../scales/palette';
import { categoryFill, categoryPatternDefs } from './svgMapStyle';

const ALL = Object.keys(CATEGORY_COLOURS) as CategoryId[];
const patterned = new Set<string>(Object.values(CATEGORY_PATTERNS).flat());

describe('categoryFill', () => {
  it.each(ALL)('%s: its own colour, a pattern only for "no data" or with the option', (category) => {
    expect(categoryFill(category, false, 'x-')).toBe(category === 'no-data' ? 'url(#x-fill-no-data)' : CATEGORY_COLOURS[category]);
    expect(categoryFill(category, true, 'x-')).toBe(category === 'no-data' || patterned.has(category) ? `url(#x-fill-${category})` : CATEGORY_COLOURS[category]);
  });
});

describe('categoryPatternDefs', () => {
  it('defines a pattern for each fill that refers to one, and nothing else', () => {
    for (const showPatterns of [false, true]) {
      for (const categories of Object.values(INDICATOR_CATEGORIES)) {
        const defs = categoryPatternDefs(categories, showPatterns, 'p-');
        const defined = [...defs.matchAll(/<pattern id="([^"]+)"/g)].map((m) => `url(#${m[1]})`).sort();
        const referred = categories.map((c) => categoryFill(c, showPatterns, 'p-')).filter((f) => f.startsWith('url(')).sort();
        expect(defined).toEqual(referred);
      }
    }
  });

  it('keeps the category colour under the marks', () => {
    expect(categoryPatternDefs(['no-data'], false, 'p-')).toContain(`<rect width="8" height="8" fill="${CATEGORY_COLOURS['no-data']}"/>`);
  });

  describe('edge cases', () => {
    it('defines each pattern once for repeated categories, and none for an empty list', () => {
      expect(categoryPatternDefs(['no-data', 'no-data'], false, 'p-').match(/<pattern /g)).toHaveLength(1);
      expect(categoryPatternDefs([], true, 'p-')).toBe('');
    });
    it('scales the tile with the unit and adds a transform when asked', () => {
      const defs = categoryPatternDefs(['no-data'], false, 'p-', 3, 'scale(0.5)');
      expect(defs).toMatch(/width="24" height="24" patternTransform="scale\(0.5\)"/);
    });
  });
});
