/**
 * The renderer suits the machine (map/rendererChoice.ts): the SVG map draws
 * the first choropleth; MapLibre loads only where WebGL runs on a GPU, in its
 * own chunk, and takes over at the same view; a link or the setting chooses
 * either. The WebGL renderer's name is set for each test (this machine's
 * Chromium draws WebGL with SwiftShader, in software).
 */
import { expect, test, type Page } from '@playwright/test';
import { axeViolations, collectErrors, openApp, waitForMapIdle, webglMap, type AppHook, openSettings } from './helpers';

type Hook = AppHook & { exports: { renderer: string | null }; mapZoom(): number | null };
const hook = <T>(page: Page, read: (h: Hook) => T) => page.evaluate(`(${read.toString()})(window.__BBV__)`) as Promise<T>;

/**
 * Makes WebGL report this renderer name, as a machine with (or without) a GPU
 * would: on the page (MapLibre's context) and in the probe's worker
 * (map/webglProbe.ts), whose script answers with the name instead.
 */
async function reportRenderer(page: Page, name: string): Promise<void> {
  await page.route(/\/assets\/webglProbe\.worker-[\w-]+\.js$/, (route) =>
    route.fulfill({ contentType: 'text/javascript', body: `postMessage(${JSON.stringify({ webgl2: true, rendererName: name })});` }),
  );
  await page.addInitScript((rendererName) => {
    for (const proto of [WebGL2RenderingContext.prototype, WebGLRenderingContext.prototype]) {
      const original = proto.getParameter;
      proto.getParameter = function (this: WebGLRenderingContext, parameter: number) {
        // UNMASKED_RENDERER_WEBGL (WEBGL_debug_renderer_info) and RENDERER.
        if (parameter === 0x9246 || parameter === 0x1f01) return rendererName;
        return original.call(this, parameter);
      } as typeof original;
    }
  }, name);
}

/** Requests for MapLibre's files (its chunk, worker, style sheet). */
function watchMapLibre(page: Page): string[] {
  const requested: string[] = [];
  page.on('request', (request) => {
    if (/\/assets\/maplibre/.test(new URL(request.url()).pathname)) requested.push(request.url());
  });
  return requested;
}

const SWIFTSHADER = 'ANGLE (Google, Vulkan 1.3.0 (SwiftShader Device (Subzero) (0x0000C0DE)), SwiftShader driver)';
const INTEL = 'ANGLE (Intel, Intel(R) UHD Graphics 620 Direct3D11 vs_5_0 ps_5_0, D3D11)';

test('the renderer is chosen without a WebGL context on the page: the probe asks in a worker', async ({ page }) => {
  await page.addInitScript(() => {
    const contexts: string[] = [];
    (window as unknown as { __contexts: string[] }).__contexts = contexts;
    const original = HTMLCanvasElement.prototype.getContext;
    HTMLCanvasElement.prototype.getContext = function (this: HTMLCanvasElement, type: string, ...rest: unknown[]) {
      contexts.push(type);
      return (original as (...args: unknown[]) => RenderingContext | null).call(this, type, ...rest);
    } as typeof original;
  });
  const workers: string[] = [];
  page.on('worker', (worker) => workers.push(worker.url()));
  await openApp(page);
  await expect.poll(() => workers.some((url) => /webglProbe\.worker-/.test(url)), { timeout: 10_000 }).toBe(true);
  // Time for the answer (and for a fallback to the page, were there one).
  await page.waitForTimeout(1000);
  // This machine's Chromium draws WebGL with SwiftShader: the worker's answer keeps the SVG map.
  expect(await hook(page, (h) => h.exports.renderer)).toBe('svg');
  const contexts = await page.evaluate(() => (window as unknown as { __contexts: string[] }).__contexts);
  expect(contexts.filter((type) => /webgl/.test(type))).toEqual([]);
});

for (const path of ['/', '/?embed=1&indicator=sek']) {
  test(`with WebGL in software the SVG map draws and MapLibre is never downloaded (${path})`, async ({ page }) => {
    const errors = collectErrors(page);
    await reportRenderer(page, SWIFTSHADER);
    const mapLibre = watchMapLibre(page);
    await openApp(page, path);
    await expect(page.getByTestId('svg-map').locator('path[data-code]')).toHaveCount(342);
    // No fallback note: the SVG map is the choice here, not a makeshift.
    await expect(page.getByTestId('map-fallback-notice')).toHaveCount(0);
    await page.waitForTimeout(1000);
    expect(mapLibre).toEqual([]);
    expect(await hook(page, (h) => h.exports.renderer)).toBe('svg');
    expect(errors).toEqual([]);
  });
}

test('with a GPU by name but slow first frames (measured), the SVG map stays', async ({ page }) => {
  const errors = collectErrors(page);
  await reportRenderer(page, INTEL);
  const mapLibre = watchMapLibre(page);
  await openApp(page);
  // MapLibre was tried, in the background, after the first map: its frames on SwiftShader cost ~150 ms each.
  await expect.poll(() => mapLibre.length, { timeout: 30_000 }).toBeGreaterThan(0);
  await expect(webglMap(page)).toHaveCount(0, { timeout: 30_000 });
  await expect(page.getByTestId('svg-map')).toBeVisible();
  expect(await hook(page, (h) => h.exports.renderer)).toBe('svg');
  expect(errors).toEqual([]);
});

test('renderer=webgl: the SVG map draws first, MapLibre takes over at the same place without a jump', async ({ page }) => {
  const errors = collectErrors(page);
  await page.goto('/?renderer=webgl&quarter=2021-Q1');
  // The first choropleth is the SVG map's.
  await expect(page.getByTestId('svg-map').locator('path[data-code]').first()).toBeAttached();
  await waitForMapIdle(page);
  const before = { utrecht: await hook(page, (h) => h.project(5.1214, 52.0907)), zoom: await hook(page, (h) => h.mapZoom()) };
  // Then MapLibre, from its own chunk, once it has drawn the same picture.
  await expect(webglMap(page)).toBeVisible({ timeout: 30_000 });
  await expect(page.getByTestId('svg-map')).toHaveCount(0);
  await waitForMapIdle(page);
  expect(await hook(page, (h) => h.exports.renderer)).toBe('webgl');
  const after = { utrecht: await hook(page, (h) => h.project(5.1214, 52.0907)), zoom: await hook(page, (h) => h.mapZoom()) };
  expect(after.zoom).toBeCloseTo(before.zoom!, 2);
  expect(Math.abs(after.utrecht!.x - before.utrecht!.x)).toBeLessThan(1);
  expect(Math.abs(after.utrecht!.y - before.utrecht!.y)).toBeLessThan(1);
  // Every shape of the version is MapLibre's now; a boundary switch there and back keeps them.
  expect(await hook(page, (h) => h.drawnCodes().length)).toBe(352);
  const slider = page.getByRole('slider', { name: 'Kwartaal' });
  await slider.focus();
  await slider.press('ArrowLeft');
  await waitForMapIdle(page);
  expect(await hook(page, (h) => h.versionId)).toBe('2019-01-01');
  await slider.press('ArrowRight');
  await waitForMapIdle(page);
  expect(await hook(page, (h) => h.versionId)).toBe('2021-01-01');
  expect(await hook(page, (h) => h.drawnCodes().length)).toBe(352);
  expect(errors).toEqual([]);
});

test('the setting switches the renderer, and the link keeps it', async ({ page }) => {
  await reportRenderer(page, SWIFTSHADER);
  await openApp(page);
  await openSettings(page);
  const setting = page.getByRole('combobox', { name: 'Kaart tekenen' });
  await expect(setting).toHaveValue('auto');
  await setting.selectOption({ label: 'WebGL (MapLibre)' });
  await expect(webglMap(page)).toBeVisible({ timeout: 30_000 });
  await expect.poll(() => new URL(page.url()).searchParams.get('renderer')).toBe('webgl');
  await openSettings(page);
  await setting.selectOption({ label: 'SVG' });
  await expect(page.getByTestId('svg-map')).toBeVisible();
  await expect(webglMap(page)).toHaveCount(0);
  await expect.poll(() => new URL(page.url()).searchParams.get('renderer')).toBe('svg');
  await waitForMapIdle(page);
  expect(await hook(page, (h) => h.exports.renderer)).toBe('svg');
  expect(await axeViolations(page)).toEqual([]);
  // In English too.
  await openSettings(page);
  await page.getByRole('combobox', { name: 'Taal' }).selectOption('en');
  await expect(page.getByRole('combobox', { name: 'Draw the map' })).toHaveValue('svg');
});

test('a bad renderer in the link falls back to the automatic choice, with a notice', async ({ page }) => {
  await openApp(page, '/?renderer=canvas');
  await expect(page.getByTestId('url-notices')).toContainText('De tekenwijze “canvas” bestaat niet');
  await openSettings(page);
  await expect(page.getByRole('combobox', { name: 'Kaart tekenen' })).toHaveValue('auto');
});
