import { describe, expect, it } from 'vitest';
import { INDICATOR_CATEGORIES, INDICATORS } from '../domain/indicators';
import { colourDifference, simulate, type Deficiency } from './colourVision';
import { CATEGORY_COLOURS } from './palette';

const VISIONS: (Deficiency | 'normal')[] = ['normal', 'protanopia', 'deuteranopia', 'tritanopia'];
const MINIMUM_DIFFERENCE = 10;

describe('category palette', () => {
  for (const indicator of INDICATORS) {
    for (const vision of VISIONS) {
      it(`${indicator}: every pair of categories differs by ≥ ${MINIMUM_DIFFERENCE} ΔE with ${vision} vision`, () => {
        const categories = INDICATOR_CATEGORIES[indicator];
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
