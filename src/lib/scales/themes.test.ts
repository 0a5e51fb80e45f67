import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CATEGORY_COLOURS, MAP_THEMES, type ThemeName } from './palette';
import { CONTRAST_PAIRS, contrastRatio, cssVariable, UI_THEMES, type UiColours } from './themes';

const THEME_NAMES = Object.keys(UI_THEMES) as ThemeName[];

/** The custom properties of each theme's block in app.css (light is :root). */
function cssThemes(): Record<ThemeName, Record<string, string>> {
  const css = readFileSync(join(__dirname, '..', '..', 'app.css'), 'utf8');
  const block = (selector: string) => {
    const start = css.indexOf(`${selector} {`);
    if (start < 0) throw new Error(`app.css has no block ${selector}`);
    const body = css.slice(start, css.indexOf('}', start));
    return Object.fromEntries([...body.matchAll(/(--[a-z-]+):\s*(#[0-9a-f]{3,8})\s*;/gi)].map((m) => [m[1]!, m[2]!.toLowerCase()]));
  };
  return { light: block(':root'), dark: block(":root[data-theme='dark']"), projector: block(":root[data-theme='projector']") };
}

describe('contrastRatio', () => {
  it.each([
    ['#000000', '#ffffff', 21],
    ['#ffffff', '#000000', 21],
    ['#777777', '#777777', 1],
    ['#767676', '#ffffff', 4.54],
  ])('%s on %s is %d:1', (a, b, ratio) => {
    expect(contrastRatio(a, b)).toBeCloseTo(ratio, 2);
  });

  describe('edge cases', () => {
    it('reads three-digit hex colours', () => {
      expect(contrastRatio('#000', '#fff')).toBeCloseTo(21, 5);
    });
  });
});

describe('theme colours', () => {
  it.each(THEME_NAMES)('%s: app.css sets exactly the colours of UI_THEMES', (theme) => {
    const css = cssThemes()[theme];
    for (const [role, value] of Object.entries(UI_THEMES[theme])) expect(css[cssVariable(role as keyof UiColours)], `${theme} ${role}`).toBe(value);
  });

  for (const theme of THEME_NAMES) {
    it.each(CONTRAST_PAIRS)(`${theme}: $foreground on $background reaches $minimum:1 ($where)`, ({ foreground, background, minimum }) => {
      const colours = UI_THEMES[theme];
      expect(contrastRatio(colours[foreground], colours[background])).toBeGreaterThanOrEqual(minimum);
    });
  }

  it.each(THEME_NAMES)('%s: the selection outline on the map stands out from the water (3:1)', (theme) => {
    const { selected, background } = MAP_THEMES[theme];
    expect(contrastRatio(selected, background)).toBeGreaterThanOrEqual(3);
  });

  it.each(THEME_NAMES)('%s: the selection outline stands out from every category fill, by its line or its halo (3:1)', (theme) => {
    const { selected, selectedHalo } = MAP_THEMES[theme];
    for (const [category, fill] of Object.entries(CATEGORY_COLOURS)) {
      expect(Math.max(contrastRatio(selected, fill), contrastRatio(selectedHalo, fill)), `${theme} ${category}`).toBeGreaterThanOrEqual(3);
    }
    expect(contrastRatio(selected, selectedHalo), `${theme}: line on halo`).toBeGreaterThanOrEqual(3);
  });

  describe('bad input', () => {
    it('a pair below the minimum is caught (the check can fail)', () => {
      expect(contrastRatio('#777777', '#888888')).toBeLessThan(3);
    });
  });
});
