import { expect, test } from '@playwright/test';
import { openApp } from './helpers';

// The page never scrolls sideways, from a 320 px phone to a wide screen: a
// table or panel that is too wide must wrap or scroll inside itself. The
// quarter 2020 K4 has the most published figures beside the totals.
for (const width of [320, 375, 768, 1024, 1280, 1920]) {
  test(`nothing makes the page wider than the screen at ${width} px`, async ({ page }) => {
    await page.setViewportSize({ width, height: 800 });
    await openApp(page, '/?quarter=2020-Q4&municipality=GM0344&analysis=provinces');
    const overflow = () => page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    // The details first (on a phone a sheet over the map), then closed, so the sheet does not cover the tables' buttons.
    await expect(page.getByTestId('detail-panel')).toBeVisible();
    expect(await overflow()).toBeLessThanOrEqual(0);
    await page.keyboard.press('Escape');
    await expect(page.getByTestId('detail-panel')).toHaveCount(0);
    for (const table of ['coverage-table', 'provinces-table']) {
      await page.locator(`button[aria-controls="${table}"]`).click();
      await expect(page.locator(`#${table}`).getByRole('table')).toBeVisible();
    }
    await expect(page.getByTestId('reconcile')).toBeVisible();
    expect(await overflow()).toBeLessThanOrEqual(0);
  });
}
