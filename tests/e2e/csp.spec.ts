import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { PNG } from 'pngjs';
import { openWithMapLibre, printPage, serveWithStrictCsp, waitForFirstMap, clickHeaderAction } from './helpers';

test('the built app runs under a strict Content-Security-Policy (no unsafe-eval, no unsafe-inline)', async ({ page }) => {
  const violations = await serveWithStrictCsp(page);
  await page.goto('/?indicator=sek&quarter=2021-Q1');
  await waitForFirstMap(page);
  await page.getByRole('button', { name: 'Tabel tonen' }).click();
  await page.getByRole('checkbox', { name: /Patronen/ }).check();
  await expect(page.getByTestId('totals')).toBeVisible();
  expect(violations).toEqual([]);
});

test('export, print, presentation mode and the SVG map work under the strict policy too', async ({ page }) => {
  const violations = await serveWithStrictCsp(page);
  await openWithMapLibre(page, '/?quarter=2021-Q1');

  // PNG export: the SVG drawn on a canvas through a blob: image (img-src blob:), and its preview.
  await page.getByRole('button', { name: 'Exporteren (PNG, SVG)' }).click();
  const dialog = page.getByRole('dialog', { name: 'Kaart exporteren' });
  await expect(dialog.getByRole('img', { name: /Voorbeeld van de export/ })).toBeVisible();
  await dialog.getByRole('radio', { name: '1.280 × 720' }).check();
  const [download] = await Promise.all([page.waitForEvent('download'), dialog.getByRole('button', { name: 'Download PNG' }).click()]);
  const png = PNG.sync.read(readFileSync((await download.path())!));
  expect([png.width, png.height]).toEqual([1280, 720]);
  await dialog.getByRole('button', { name: 'Sluiten' }).click();

  // Print: the export SVG inlined into the page.
  const printView = await printPage(page);
  await expect(printView.locator('path[data-code]').first()).toBeAttached();
  await page.emulateMedia({ media: 'screen' });

  // Presentation mode, then the SVG map after a lost WebGL context (its patterns are inlined SVG too).
  await clickHeaderAction(page, 'Presenteren');
  await expect(page.getByTestId('presentation-quarter')).toHaveText('2021 K1');
  await page.getByRole('checkbox', { name: /Patronen/ }).check();
  // The presentation's own map draws with SVG first and then hands over to MapLibre: the context lost is that map's.
  await expect(page.locator('.maplibregl-canvas')).toBeAttached({ timeout: 30_000 });
  await expect(page.getByTestId('svg-map')).toHaveCount(0, { timeout: 30_000 });
  await page.evaluate(() => document.querySelector<HTMLCanvasElement>('.maplibregl-canvas')!.getContext('webgl2')!.getExtension('WEBGL_lose_context')!.loseContext());
  await expect(page.getByTestId('svg-map').locator('path[data-code]').first()).toBeAttached();
  expect(violations).toEqual([]);
});
