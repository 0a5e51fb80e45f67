import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { PNG } from 'pngjs';
import { waitForFirstMap } from './helpers';

/** The Content-Security-Policy documented in the README for hosting the built app. */
export const STRICT_CSP =
  "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data: blob:; font-src 'self'; connect-src 'self'; worker-src 'self' blob:; frame-src 'self'; object-src 'none'; base-uri 'self'; form-action 'none'";

/** Serves every document with the strict policy; returns the violations reported from now on. */
async function withStrictCsp(page: Page): Promise<string[]> {
  const violations: string[] = [];
  page.on('console', (message) => {
    if (/Content Security Policy|Refused to/i.test(message.text())) violations.push(message.text());
  });
  await page.route('**/*', async (route) => {
    const response = await route.fetch();
    const isDocument = route.request().resourceType() === 'document';
    await route.fulfill({ response, headers: isDocument ? { ...response.headers(), 'content-security-policy': STRICT_CSP } : response.headers() });
  });
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) => console.error(`Refused to load: ${event.violatedDirective} ${event.blockedURI}`));
  });
  return violations;
}

test('the built app runs under a strict Content-Security-Policy (no unsafe-eval, no unsafe-inline)', async ({ page }) => {
  const violations = await withStrictCsp(page);
  await page.goto('/?indicator=sek&quarter=2021-Q1');
  await waitForFirstMap(page);
  await page.getByRole('button', { name: 'Tabel tonen' }).click();
  await page.getByRole('checkbox', { name: /Patronen/ }).check();
  await expect(page.getByTestId('totals')).toBeVisible();
  expect(violations).toEqual([]);
});

test('export, print, presentation mode and the SVG map work under the strict policy too', async ({ page }) => {
  const violations = await withStrictCsp(page);
  await page.goto('/?quarter=2021-Q1');
  await waitForFirstMap(page);

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
  // As the browser does: beforeprint first, then the print media.
  await page.evaluate(() => window.dispatchEvent(new Event('beforeprint')));
  await page.emulateMedia({ media: 'print' });
  await expect(page.getByTestId('print-view').locator('path[data-code]').first()).toBeAttached();
  await page.emulateMedia({ media: 'screen' });

  // Presentation mode, then the SVG map after a lost WebGL context (its patterns are inlined SVG too).
  await page.getByRole('button', { name: 'Presenteren' }).click();
  await expect(page.getByTestId('presentation-quarter')).toHaveText('2021 K1');
  await page.getByRole('checkbox', { name: /Patronen/ }).check();
  await page.evaluate(() => document.querySelector<HTMLCanvasElement>('.maplibregl-canvas')!.getContext('webgl2')!.getExtension('WEBGL_lose_context')!.loseContext());
  await expect(page.getByTestId('svg-map').locator('path[data-code]').first()).toBeAttached();
  expect(violations).toEqual([]);
});
