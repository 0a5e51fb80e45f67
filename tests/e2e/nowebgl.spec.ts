import { expect, test, type Page } from '@playwright/test';
import { chromiumLaunchOptions } from '../../scripts/lib/chromium';
import { CATEGORY_COLOURS } from '../../src/lib/scales/palette';
import { axeViolations, collectErrors, countMapColours, legend, legendCountText, openApp, quarterSlider, readHook as hook, searchMunicipality, waitForMapIdle, webglMap } from './helpers';


// The whole file runs in a Chromium without WebGL (a worker of its own).
const launch = chromiumLaunchOptions();
test.use({ launchOptions: { ...launch, args: [...(launch.args ?? []), '--disable-webgl', '--disable-3d-apis'] } });

test.describe('without WebGL (Chromium with --disable-webgl --disable-3d-apis)', () => {
  test('the map is drawn as SVG with the same colours and says so', async ({ page }) => {
    const errors = collectErrors(page);
    // A machine with a GPU, so the SVG map is a makeshift here and says so. Chromium still gives a worker's
    // OffscreenCanvas a context with WebGL switched off; the probe then asks the page (map/webglProbe.ts).
    await page.route(/\/assets\/webglProbe\.worker-[\w-]+\.js$/, (route) =>
      route.fulfill({ contentType: 'text/javascript', body: `postMessage(${JSON.stringify({ webgl2: true, rendererName: 'ANGLE (Intel, Intel(R) UHD Graphics 620 Direct3D11 vs_5_0 ps_5_0, D3D11)' })});` }),
    );
    await openApp(page, '/?quarter=2021-Q1');
    expect(await page.evaluate(() => document.createElement('canvas').getContext('webgl2'))).toBeNull();
    await expect(page.getByTestId('map-fallback-notice')).toContainText('Deze browser tekent de kaart niet met WebGL');
    await expect(webglMap(page)).toHaveCount(0);
    expect(await hook(page, (h) => h.exports.renderer)).toBe('svg');

    const map = page.getByTestId('svg-map');
    const { municipalities } = await hook(page, (h) => h.totals!);
    await expect(map.locator('path[data-code]')).toHaveCount(municipalities.total);
    // Each municipality has its category's colour from the palette, and the counts agree with the legend.
    const fills = await map.locator('path[data-code]').evaluateAll((paths) => paths.map((p) => [p.getAttribute('data-category')!, p.getAttribute('fill')!]));
    for (const [category, fill] of fills) expect(fill, category).toBe(category === 'no-data' ? 'url(#svgmap-fill-no-data)' : CATEGORY_COLOURS[category as keyof typeof CATEGORY_COLOURS]);
    for (const category of ['ido-in-municipality', 'ido-elsewhere', 'ido-planned', 'none']) {
      const count = fills.filter(([c]) => c === category).length;
      await expect(legend(page).locator(`[data-category="${category}"]`).getByTestId('legend-count')).toHaveText(legendCountText(count));
    }
    // And on screen, in pixels.
    const pixels = await countMapColours(page, { in: CATEGORY_COLOURS['ido-in-municipality'], planned: CATEGORY_COLOURS['ido-planned'] });
    expect(pixels.in).toBeGreaterThan(2000);
    expect(pixels.planned).toBeGreaterThan(2000);
    // IDO points: one per open location, drawn on the canvas over the SVG (no element per point).
    const open = await hook(page, (h) => h.totals!.openIdoLocations);
    await expect(page.getByTestId('map').locator('canvas[data-role="ido-points"]')).toHaveAttribute('data-count', String(open));
    await expect(map.locator('circle')).toHaveCount(0);
    // Patterns, as on the WebGL map.
    await page.getByRole('checkbox', { name: 'Patronen op de kaart (niet alleen kleur)' }).check();
    await expect(map.locator('path[data-category="ido-elsewhere"]').first()).toHaveAttribute('fill', 'url(#svgmap-fill-ido-elsewhere)');
    expect(errors).toEqual([]);
  });

  test('keyboard and pointer work as on the WebGL map: Enter opens the centre, arrows move to neighbours, click selects, hover tells', async ({ page }) => {
    const errors = collectErrors(page);
    await openApp(page);
    const map = page.getByTestId('svg-map');
    const panel = page.getByTestId('detail-panel');

    // Find Utrecht, then move by keyboard on the map.
    await searchMunicipality(page, 'Utrecht');
    await expect(panel.getByRole('heading', { level: 2 })).toHaveText('Utrecht');
    await expect(map.locator('[data-role="selected"]')).toHaveCount(1);
    // Zoomed to the municipality found: its path is now large on screen.
    await expect.poll(async () => (await map.locator('path[data-code="GM0344"]').boundingBox())!.width).toBeGreaterThan(100);
    await map.focus();
    await page.keyboard.press('ArrowDown');
    await expect(page.getByTestId('selection-announcement')).toHaveText(/^Geselecteerd: Nieuwegein, /);
    await expect(panel.getByRole('heading', { level: 2 })).toHaveText('Nieuwegein');
    await map.focus();
    await page.keyboard.press('ArrowUp');
    await expect(page.getByTestId('selection-announcement')).toHaveText(/^Geselecteerd: Utrecht, /);

    // Escape clears the selection; then the arrows pan and Enter opens the municipality in the centre.
    await page.keyboard.press('Escape');
    await expect(panel).toHaveCount(0);
    await map.focus();
    await page.keyboard.press('Tab');
    await page.keyboard.press('Shift+Tab');
    await expect(map).toBeFocused();
    await expect(page.getByText(/^Gemeente in het midden: /)).toHaveCount(1);
    const centre = (await page.getByText(/^Gemeente in het midden: /).textContent())!.match(/midden: (.+)\. Enter/)![1]!;
    await page.keyboard.press('Enter');
    await expect(panel.getByRole('heading', { level: 2 })).toHaveText(centre);

    // Pointer: hover shows the tooltip, a click selects (Noordoostpolder: large and convex, so its box's centre is inside it).
    await page.keyboard.press('Escape');
    const polder = map.locator('path[data-code="GM0171"]');
    // Zoomed out until the polder's middle is on the map (how far depends on the map's size on this screen).
    const polderInView = async () => {
      const [shape, frame] = [(await polder.boundingBox())!, (await map.boundingBox())!];
      const [x, y] = [shape.x + shape.width / 2, shape.y + shape.height / 2];
      return x > frame.x && x < frame.x + frame.width && y > frame.y && y < frame.y + frame.height;
    };
    for (let i = 0; i < 6 && !(await polderInView()); i++) await page.getByRole('button', { name: 'Uitzoomen' }).click();
    expect(await polderInView()).toBe(true);
    await polder.hover({ force: true });
    await expect(page.getByTestId('tooltip')).toContainText('Noordoostpolder');
    await polder.click({ force: true });
    await expect(panel.getByRole('heading', { level: 2 })).toHaveText('Noordoostpolder');
    expect(errors).toEqual([]);
  });

  test('a quarter step repaints the fills, and a legend entry fades the other municipalities and lets go again', async ({ page }) => {
    await openApp(page, '/?quarter=2021-Q1');
    const map = page.getByTestId('svg-map');
    const paint = () => map.locator('path[data-code]').evaluateAll((paths) => paths.map((p) => ({ category: p.getAttribute('data-category')!, fill: p.getAttribute('fill'), opacity: p.getAttribute('fill-opacity') })));

    // A step to the next quarter: the paths change category, each with its category's fill, and agree with the legend.
    const before = await paint();
    await quarterSlider(page).focus();
    await page.keyboard.press('ArrowRight');
    await expect(quarterSlider(page)).toHaveAttribute('aria-valuetext', /2021 K2/);
    await waitForMapIdle(page);
    const after = await paint();
    expect(after.filter((p, i) => p.category !== before[i]!.category).length).toBeGreaterThan(0);
    for (const p of after) expect(p.fill, p.category).toBe(p.category === 'no-data' ? 'url(#svgmap-fill-no-data)' : CATEGORY_COLOURS[p.category as keyof typeof CATEGORY_COLOURS]);
    for (const category of ['ido-in-municipality', 'ido-elsewhere', 'ido-planned', 'none']) {
      await expect(legend(page).locator(`[data-category="${category}"]`).getByTestId('legend-count')).toHaveText(legendCountText(after.filter((p) => p.category === category).length));
    }

    // The legend as a filter: the chosen category keeps its fill at full strength, the others fade.
    const entry = legend(page).getByRole('button', { name: /^Geen \d+ gemeenten?$/ });
    await entry.click();
    await waitForMapIdle(page);
    const highlighted = await paint();
    expect(highlighted.some((p) => p.category === 'none')).toBe(true);
    expect(highlighted.filter((p) => p.category === 'none').every((p) => p.opacity === null)).toBe(true);
    expect(highlighted.filter((p) => p.category !== 'none').every((p) => p.opacity === '0.15')).toBe(true);
    await entry.click();
    await waitForMapIdle(page);
    expect((await paint()).every((p) => p.opacity === null)).toBe(true);
  });

  test('a boundary switch redraws the IDO points on their canvas, to the first quarter and back to the 2023 shapes', async ({ page }) => {
    const errors = collectErrors(page);
    await openApp(page);
    const points = page.getByTestId('map').locator('canvas[data-role="ido-points"]');
    // Pixels of the canvas that are not transparent.
    const drawn = () => points.evaluate((canvas: HTMLCanvasElement) => canvas.getContext('2d')!.getImageData(0, 0, canvas.width, canvas.height).data.filter((value, i) => i % 4 === 3 && value > 0).length);
    const latest = (await hook(page, (h) => h.totals!.openIdoLocations))!;
    await expect(points).toHaveAttribute('data-count', String(latest));
    expect(await drawn()).toBeGreaterThan(latest);

    // 2019 shapes: the first quarter, before (nearly) any desk opened; then back to the 2023 shapes, already seen.
    await quarterSlider(page).focus();
    await page.keyboard.press('Home');
    await waitForMapIdle(page);
    expect(await hook(page, (h) => h.versionId)).toBe('2019-01-01');
    const early = (await hook(page, (h) => h.totals!.openIdoLocations))!;
    await expect(points).toHaveAttribute('data-count', String(early));
    expect((await drawn()) > 0).toBe(early > 0);
    await page.keyboard.press('End');
    await waitForMapIdle(page);
    await expect(points).toHaveAttribute('data-count', String(latest));
    expect(await drawn()).toBeGreaterThan(latest);
    expect(errors).toEqual([]);
  });

  test('the SVG map has no WCAG 2.1 AA violations', async ({ page }) => {
    await openApp(page, '/?municipality=GM0344&lang=en');
    expect(await axeViolations(page)).toEqual([]);
  });
});
