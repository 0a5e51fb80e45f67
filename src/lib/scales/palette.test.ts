import { describe, expect, it } from 'vitest';
import { CHANGE_CATEGORIES, INDICATOR_CATEGORIES, INDICATORS, type CategoryId } from '../domain/indicators';
import { colourDifference, simulate, type Deficiency } from './colourVision';
import { lab } from 'd3-color';
import { CATEGORY_COLOURS, CATEGORY_PATTERNS } from './palette';

const VISIONS: (Deficiency | 'normal')[] = ['normal', 'protanopia', 'deuteranopia', 'tritanopia'];
const MINIMUM_DIFFERENCE = 10;

// Every set of categories that shares one legend: the indicators, and the change map mode.
const LEGENDS: [string, readonly CategoryId[]][] = [...INDICATORS.map((i): [string, readonly CategoryId[]] => [i, INDICATOR_CATEGORIES[i]]), ['change', CHANGE_CATEGORIES]];

describe('category palette', () => {
  for (const [legend, categories] of LEGENDS) {
    for (const vision of VISIONS) {
      it(`${legend}: every pair of categories differs by ≥ ${MINIMUM_DIFFERENCE} ΔE with ${vision} vision`, () => {
        for (const a of categories) {
          for (const b of categories) {
            if (a >= b) continue;
            // "none" and "no-data" are also told apart by the hatch; they still must differ in colour.
            const seen = (c: string) => (vision === 'normal' ? c : simulate(c, vision));
            const difference = colourDifference(seen(CATEGORY_COLOURS[a]), seen(CATEGORY_COLOURS[b]));
            expect(difference, `${a} vs ${b}`).toBeGreaterThanOrEqual(MINIMUM_DIFFERENCE);
          }
        }
      });
    }
  }

  // Without colour (grey-scale print, patterns switched on): a different pattern, or clearly lighter or darker.
  const patternOf = (category: CategoryId) =>
    category === 'no-data' ? 'hatch' : (Object.entries(CATEGORY_PATTERNS).find(([, list]) => (list as readonly string[]).includes(category))?.[0] ?? 'plain');
  for (const [legend, categories] of LEGENDS) {
    it(`${legend}: every pair of categories differs in pattern or by ≥ 15 in lightness`, () => {
      for (const a of categories) {
        for (const b of categories) {
          if (a >= b || patternOf(a) !== patternOf(b)) continue;
          expect(Math.abs(lab(CATEGORY_COLOURS[a]).l - lab(CATEGORY_COLOURS[b]).l), `${a} vs ${b}`).toBeGreaterThanOrEqual(15);
        }
      }
    });
  }

  it('keeps "no data" apart from "none" (missing is not zero)', () => {
    expect(CATEGORY_COLOURS['no-data']).not.toBe(CATEGORY_COLOURS.none);
  });
});

describe('simulation', () => {
  it('leaves greys unchanged and maps red and green closer together for deuteranopia', () => {
    expect(simulate('#808080', 'deuteranopia')).toBe('#808080');
    const normal = colourDifference('#d62728', '#2ca02c');
    const deut = colourDifference(simulate('#d62728', 'deuteranopia'), simulate('#2ca02c', 'deuteranopia'));
    expect(deut).toBeLessThan(normal / 2);
  });
});
