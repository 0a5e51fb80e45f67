/**
 * Map and time first: at each screen size a user works at, the map, its
 * legend and the time control are in the first viewport, nothing scrolls
 * sideways, and a quarter change needs no scroll. On a phone the details open
 * as a sheet over the map without scrolling the page; the IDO points stay dots.
 */
import { expect, test, type Locator, type Page } from '@playwright/test';
import { legend, openApp, quarterSlider, readHook, svgMap } from './helpers';

const SCREENS = [
  { name: 'laptop', width: 1366, height: 768 },
  { name: 'desk', width: 1440, height: 900 },
  { name: 'full HD', width: 1920, height: 1080 },
  { name: 'small projector', width: 1280, height: 720 },
  { name: 'phone', width: 375, height: 812 },
] as const;

/** The element's box lies wholly inside the viewport as the page first shows it. */
async function expectInFirstViewport(page: Page, locator: Locator, what: string) {
  const box = await locator.boundingBox();
  const viewport = page.viewportSize()!;
  expect(box, `${what} is drawn`).not.toBeNull();
  expect(box!.height, `${what} has a height`).toBeGreaterThan(10);
  expect(box!.x, `${what}: left`).toBeGreaterThanOrEqual(0);
  expect(box!.y, `${what}: top`).toBeGreaterThanOrEqual(0);
  expect(box!.x + box!.width, `${what}: right`).toBeLessThanOrEqual(viewport.width + 0.5);
  expect(box!.y + box!.height, `${what}: bottom`).toBeLessThanOrEqual(viewport.height + 0.5);
}

for (const screen of SCREENS) {
  test.describe(`${screen.name} ${screen.width} × ${screen.height}`, () => {
    test.use({ viewport: { width: screen.width, height: screen.height } });

    test('map, legend and time control are in the first screen, and a quarter step needs no scroll', async ({ page }) => {
      await openApp(page);
      expect(await page.evaluate(() => window.scrollY)).toBe(0);
      const map = page.getByTestId('map-area');
      await expectInFirstViewport(page, map, 'the map');
      // A map squeezed to a strip would pass the box test but fail the user.
      expect((await map.boundingBox())!.height).toBeGreaterThan(screen.height * (screen.width < 700 ? 0.25 : 0.4));
      await expectInFirstViewport(page, legend(page), 'the legend');
      await expectInFirstViewport(page, quarterSlider(page), 'the quarter slider');
      await expectInFirstViewport(page, page.getByTestId('quarter-label'), 'the quarter');
      await expectInFirstViewport(page, page.getByRole('button', { name: 'Afspelen' }), 'play');
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(screen.width);
      // Every indicator in sight: on a phone a row that scrolled sideways hid the fourth.
      const options = page.locator('fieldset.picker label');
      await expect(options).toHaveCount(4);
      for (const option of await options.all()) await expectInFirstViewport(page, option, `the indicator ${await option.getAttribute('title')}`);
      expect(await page.locator('fieldset.picker').evaluate((picker) => picker.scrollWidth - picker.clientWidth)).toBeLessThanOrEqual(0);

      await quarterSlider(page).focus();
      await quarterSlider(page).press('ArrowLeft');
      await expect(page.getByTestId('quarter-label')).toHaveText('2023 K3');
      expect(await page.evaluate(() => window.scrollY)).toBe(0);
    });
  });
}

test.describe('phone', () => {
  test.use({ viewport: { width: 375, height: 812 }, hasTouch: true });

  test('a tapped municipality opens as a sheet over the map, without scrolling the page', async ({ page }) => {
    await openApp(page);
    const point = await readHook(page, (h) => h.project(5.1214, 52.0907)); // Utrecht, Domplein
    await page.getByTestId('map').tap({ position: point! });
    const sheet = page.getByTestId('detail-sheet');
    await expect(sheet.getByRole('heading', { level: 2 })).toHaveText('Utrecht');
    expect(await page.evaluate(() => window.scrollY)).toBe(0);
    await expectInFirstViewport(page, sheet, 'the details sheet');
    // The sheet covers the bottom of the screen, not the whole map.
    const mapBox = (await page.getByTestId('map-area').boundingBox())!;
    expect((await sheet.boundingBox())!.y).toBeGreaterThan(mapBox.y + 40);

    await sheet.getByRole('button', { name: 'Sluiten' }).click();
    await expect(sheet).toHaveCount(0);
    expect(await page.evaluate(() => window.scrollY)).toBe(0);
  });

  test('the actions, language and theme are in the settings menu; the menu closes with Escape', async ({ page }) => {
    await openApp(page);
    const menuButton = page.getByRole('button', { name: 'Instellingen' });
    await expect(page.getByRole('button', { name: 'Presenteren' })).toHaveCount(0);
    await menuButton.click();
    await expect(menuButton).toHaveAttribute('aria-expanded', 'true');
    await expect(page.getByRole('button', { name: 'Presenteren' })).toBeVisible();
    await expect(page.getByRole('combobox', { name: 'Taal' })).toBeVisible();
    await page.keyboard.press('Escape');
    await expect(page.getByRole('combobox', { name: 'Taal' })).toBeHidden();
    await expect(menuButton).toBeFocused();
    await menuButton.click();
    await page.getByRole('combobox', { name: 'Taal' }).selectOption('en');
    await expect(page.getByRole('combobox', { name: 'Language' })).toBeVisible();
    await expect(page.getByRole('button', { name: 'Settings' })).toHaveAttribute('aria-expanded', 'true');
    await expect(page.getByTestId('quarter-label')).toHaveText('2023 Q4');
  });

  test('IDO points at the whole country are small dots, not discs over the map', async ({ page }) => {
    await openApp(page);
    // The points are drawn on a canvas over the SVG map, which says how many and how large.
    const points = page.getByTestId('map').locator('canvas[data-role="ido-points"]');
    await expect(svgMap(page)).toBeVisible();
    expect(Number(await points.getAttribute('data-count'))).toBeGreaterThan(100);
    expect(Number(await points.getAttribute('data-radius'))).toBeLessThanOrEqual(1.5);
  });

  // That the search keeps room for its whole placeholder at this width is words.spec.ts's check.
  test('the province select shows its whole value ("Heel Nederland")', async ({ page }) => {
    await openApp(page);
    const select = page.getByRole('combobox', { name: 'Gebied' });
    await expect(select.locator('option:checked')).toHaveText('Heel Nederland');
    // The width the select needs for its longest option: a copy of it sized to its content.
    const { shown, needed } = await select.evaluate((element) => {
      const copy = element.cloneNode(true) as HTMLSelectElement;
      copy.style.width = 'max-content';
      element.parentElement!.append(copy);
      const sizes = { shown: element.getBoundingClientRect().width, needed: copy.getBoundingClientRect().width };
      copy.remove();
      return sizes;
    });
    expect(shown).toBeGreaterThanOrEqual(needed - 0.5);
  });
});

test.describe('short phone 320 × 640', () => {
  test.use({ viewport: { width: 320, height: 640 } });

  test('the map keeps a usable height under the header, with the time control in the first screen', async ({ page }) => {
    await openApp(page);
    // The header wraps to more rows here; the stage grows past the screen rather than squeezing the map to a strip.
    expect((await page.getByTestId('map-area').boundingBox())!.height).toBeGreaterThanOrEqual(190);
    await expectInFirstViewport(page, quarterSlider(page), 'the quarter slider');
    await expectInFirstViewport(page, page.getByRole('button', { name: 'Afspelen' }), 'play');
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
  });
});
