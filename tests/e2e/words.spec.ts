/**
 * No word is broken inside itself in the side column, the reconcile panel or
 * the presentation side, from a 320 px phone to a 1920 px projector: for each
 * visible text node, every word (split at spaces and at the hyphens and
 * slashes where a line may break) must lie on one rendered line. The search
 * placeholder must fit its box.
 */
import { expect, test, type Locator, type Page } from '@playwright/test';
import { openApp } from './helpers';

const WIDTHS = [320, 375, 768, 1024, 1280, 1920];

/** The words of `root` that the browser broke over two lines, with the text they stand in. */
async function brokenWords(root: Locator): Promise<string[]> {
  return root.evaluate((element) => {
    const broken: string[] = [];
    const walker = document.createTreeWalker(element, NodeFilter.SHOW_TEXT);
    const hidden = (node: Node) => {
      // Visually hidden text (1 px boxes for screen readers) and text not drawn at all do not count.
      for (let el = node.parentElement; el && el !== element.parentElement; el = el.parentElement) {
        const box = el.getBoundingClientRect();
        if (box.width <= 1 || box.height <= 1 || getComputedStyle(el).visibility === 'hidden') return true;
      }
      return false;
    };
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const text = node.textContent ?? '';
      if (!text.trim() || hidden(node)) continue;
      for (const match of text.matchAll(/[^\s\-‐/–—]+/g)) {
        if (match[0].length < 2) continue;
        const range = document.createRange();
        range.setStart(node, match.index!);
        range.setEnd(node, match.index! + match[0].length);
        const tops = [...range.getClientRects()].filter((r) => r.width > 0).map((r) => Math.round(r.top));
        if (new Set(tops.map((top) => Math.round(top / 3))).size > 1) broken.push(`"${match[0]}" in "${text.trim().slice(0, 80)}"`);
      }
    }
    return broken;
  });
}

async function placeholderOverflow(page: Page): Promise<number> {
  return page.getByRole('combobox', { name: /Zoek een gemeente|Find a municipality/ }).evaluate((input: HTMLInputElement) => {
    const style = getComputedStyle(input);
    const context = document.createElement('canvas').getContext('2d')!;
    context.font = `${style.fontWeight} ${style.fontSize} ${style.fontFamily}`;
    const room = input.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight);
    return context.measureText(input.placeholder).width - room;
  });
}

for (const width of WIDTHS) {
  for (const language of ['nl', 'en'] as const) {
    test(`no word breaks inside itself at ${width} px (${language}): side column and reconcile panel`, async ({ page }) => {
      await page.setViewportSize({ width, height: 900 });
      // 2021 K4: two published IDO counts, the target, and a selected municipality's details in the side column.
      await openApp(page, `/?quarter=2021-Q4&municipality=GM0344&lang=${language}`);
      await expect(page.getByTestId('reconcile')).toBeVisible();
      await expect(page.getByTestId('detail-panel')).toBeVisible();
      expect(await brokenWords(page.locator('aside.side'))).toEqual([]);
      // All quarters: the longest list, scrolling inside the panel.
      await page.getByTestId('reconcile').getByRole('button', { name: /Alle kwartalen tonen|Show all quarters/ }).click();
      expect(await brokenWords(page.getByTestId('reconcile'))).toEqual([]);
      expect(await placeholderOverflow(page)).toBeLessThanOrEqual(0);
    });
  }

  test(`no word breaks inside itself at ${width} px: the presentation side`, async ({ page }) => {
    await page.setViewportSize({ width, height: width >= 1280 ? 1080 : 800 });
    await openApp(page, '/?mode=present&quarter=2020-Q1&indicator=sek&municipality=GM0344');
    await expect(page.getByTestId('presentation-totals')).toBeVisible();
    expect(await brokenWords(page.locator('aside.side'))).toEqual([]);
  });
}
