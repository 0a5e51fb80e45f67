import { expect, test, type Page } from '@playwright/test';
import { CATEGORY_COLOURS } from '../../src/lib/scales/palette';
import { collectErrors, countMapColours, legend, openApp, openWithMapLibre, readHook as hook, searchMunicipality, waitForMapIdle, webglMap } from './helpers';


test('a lost WebGL context falls back to the SVG map, which keeps following the app, and a restored one returns to MapLibre', async ({ page }) => {
  const errors = collectErrors(page);
  await openWithMapLibre(page, '/?quarter=2022-Q4');
  await searchMunicipality(page, 'Utrecht');
  const zoomBefore = (await hook(page, (h) => h.mapZoom()))!;
  expect(zoomBefore).toBeGreaterThan(8);
  await page.evaluate(() => {
    const canvas = document.querySelector<HTMLCanvasElement>('.maplibregl-canvas')!;
    const extension = canvas.getContext('webgl2')!.getExtension('WEBGL_lose_context')!;
    (window as unknown as { loseContext: WEBGL_lose_context }).loseContext = extension;
    extension.loseContext();
  });
  await expect(page.getByTestId('map-fallback-notice')).toContainText('De grafische kaart is weggevallen');
  const map = page.getByTestId('svg-map');
  await expect(map).toBeVisible();
  await expect(webglMap(page)).toHaveCount(0);
  // Where the map was: zoomed in on Utrecht, with its outline.
  await expect.poll(async () => (await map.locator('path[data-code="GM0344"]').boundingBox())?.width ?? 0).toBeGreaterThan(100);
  await expect(map.locator('[data-role="selected"]')).toHaveCount(1);

  // The app goes on: another quarter and indicator colour the SVG map.
  await page.getByRole('radio', { name: 'Sociaal-educatieve kaart' }).check();
  const slider = page.getByRole('slider', { name: /Kwartaal/ });
  await slider.focus();
  await slider.press('Shift+ArrowLeft');
  await expect(page.getByTestId('quarter-label')).toHaveText('2021 K4');
  // 2021 K4 is drawn on other boundaries: until they are in, map and legend stay on the quarter shown before.
  await waitForMapIdle(page);
  const local = await legend(page).locator('[data-category="sek-local"]').getByTestId('legend-count').innerText();
  await expect(map.locator('path[data-category="sek-local"]')).toHaveCount(Number(local.split(' ')[0]));

  await page.evaluate(() => (window as unknown as { loseContext: WEBGL_lose_context }).loseContext.restoreContext());
  await expect(webglMap(page)).toHaveCount(1);
  await expect(map).toHaveCount(0);
  await expect(page.getByTestId('map-fallback-notice')).toHaveCount(0);
  await waitForMapIdle(page);
  expect(await hook(page, (h) => h.exports.renderer)).toBe('webgl');
  expect(await hook(page, (h) => h.mapZoom())).toBeCloseTo(zoomBefore, 1);
  // MapLibre draws the quarter and indicator chosen meanwhile, where the SVG map was.
  expect(await hook(page, (h) => h.drawnCodes())).toContain('GM0344');
  const pixels = await countMapColours(page, { local: CATEGORY_COLOURS['sek-local'] });
  expect(pixels.local).toBeGreaterThan(500);
  expect(errors).toEqual([]);
});

test('a MapLibre that cannot start (no WebGL2 context after all) gives way to the SVG map, without errors', async ({ page }) => {
  const errors = collectErrors(page);
  // The app's probe gets a context (in its worker, which names this machine's SwiftShader, so the page is not asked);
  // MapLibre's own request on the page gets none (as on some locked-down GPUs).
  await page.addInitScript(() => {
    const original = HTMLCanvasElement.prototype.getContext;
    HTMLCanvasElement.prototype.getContext = function (this: HTMLCanvasElement, type: string, ...rest: unknown[]) {
      if (type === 'webgl2') return null;
      return (original as (...args: unknown[]) => RenderingContext | null).call(this, type, ...rest);
    } as typeof original;
  });
  await openApp(page, '/?indicator=sek&renderer=webgl');
  await expect(page.getByTestId('map-fallback-notice')).toContainText('Deze browser tekent de kaart niet met WebGL');
  const { municipalities } = await hook(page, (h) => h.totals!);
  await expect(page.getByTestId('svg-map').locator('path[data-code]')).toHaveCount(municipalities.total);
  expect(await hook(page, (h) => h.exports.renderer)).toBe('svg');
  expect(errors).toEqual([]);
});
