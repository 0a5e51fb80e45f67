/**
 * Presentation mode as a slide on a projector: the whole country fitted
 * whatever the dashboard's zoom was, a map box that never changes size while
 * the quarters are stepped through, one row of controls at 1280 × 720, no
 * tooltip under a resting pointer, a clicker's PageDown as "next" everywhere,
 * and the growth slide stepping with the map.
 */
import { expect, test, type Page } from '@playwright/test';
import { axeViolations, mapWidget, openApp, openWithMapLibre, quarterSlider, readHook, svgMap, waitForMapIdle, webglMap, clickHeaderAction } from './helpers';

const quarterShown = (page: Page) => page.getByTestId('presentation-quarter');
const controls = (page: Page) => page.getByTestId('presentation-controls');
const mapArea = (page: Page) => page.getByTestId('map-area');

/** Zoomed in on South Limburg: the Wadden coast is far outside this view. */
const ZOOMED_IN = 'view=5.9,50.9,9';

/**
 * Where the country's bounds lie on the map, against the map's own box:
 * the corners of the shapes' bounding box projected by the map itself.
 */
async function countryOnMap(page: Page) {
  const corners = await page.evaluate(() => {
    const hook = window.__BBV__!;
    const [west, south, east, north] = hook.shapesBounds!;
    return { topLeft: hook.project(west, north), bottomRight: hook.project(east, south) };
  });
  const box = (await mapWidget(page).boundingBox())!;
  return { ...corners, box };
}

async function expectCountryInside(page: Page) {
  await waitForMapIdle(page);
  const { topLeft, bottomRight, box } = await countryOnMap(page);
  expect(topLeft && bottomRight).toBeTruthy();
  // The whole country is inside the canvas…
  expect(topLeft!.x).toBeGreaterThanOrEqual(0);
  expect(topLeft!.y).toBeGreaterThanOrEqual(0);
  expect(bottomRight!.x).toBeLessThanOrEqual(box.width);
  expect(bottomRight!.y).toBeLessThanOrEqual(box.height);
  // …and fills it in one direction (fitted, not merely zoomed out).
  const fill = Math.max((bottomRight!.x - topLeft!.x) / box.width, (bottomRight!.y - topLeft!.y) / box.height);
  expect(fill).toBeGreaterThan(0.6);
}

async function enterFromZoomedDashboard(page: Page) {
  await openApp(page, `/?${ZOOMED_IN}`);
  // The dashboard's map really is zoomed in: the country's top edge is far above the canvas.
  expect((await countryOnMap(page)).topLeft!.y).toBeLessThan(0);
  await clickHeaderAction(page, 'Presenteren');
  await expect(controls(page)).toBeVisible();
}

for (const viewport of [
  { width: 1920, height: 1080 },
  { width: 1280, height: 720 },
]) {
  test.describe(`presentation at ${viewport.width} × ${viewport.height}`, () => {
    test.use({ viewport });

    test('the button fits the whole country from a zoomed-in dashboard; the map box keeps its size over 20 PageDowns', async ({ page }) => {
      await enterFromZoomedDashboard(page);
      await expectCountryInside(page);

      await page.keyboard.press('Home');
      await expect(quarterShown(page)).toHaveText('2019 K1');
      const first = (await mapArea(page).boundingBox())!;
      const notesSeen = new Set<boolean>();
      for (let i = 0; i < 20; i++) {
        const before = await quarterShown(page).innerText();
        await page.keyboard.press('PageDown');
        if (i < 19) await expect(quarterShown(page)).not.toHaveText(before);
        notesSeen.add((await page.getByTestId('presentation-notes').innerText()).trim() !== '');
        const box = (await mapArea(page).boundingBox())!;
        for (const key of ['x', 'y', 'width', 'height'] as const) expect(Math.abs(box[key] - first[key]), `${key} after ${i + 1} PageDowns`).toBeLessThanOrEqual(1);
      }
      // The run went through quarters with and without notes, and ended at the last quarter.
      expect([...notesSeen].sort()).toEqual([false, true]);
      await expect(quarterShown(page)).toHaveText('2023 K4');
      await expectCountryInside(page);
    });
  });
}

test.describe('presentation at 1280 × 720', () => {
  test.use({ viewport: { width: 1280, height: 720 } });

  test('the controls are one row and nothing is clipped', async ({ page }) => {
    await openApp(page, '/?mode=present&municipality=GM0344&quarter=2021-Q1');
    await expect(controls(page)).toBeVisible();
    const tops = await controls(page).getByRole('button').evaluateAll((buttons) => buttons.map((b) => Math.round(b.getBoundingClientRect().top)));
    expect(tops.length).toBeGreaterThan(8);
    expect(Math.max(...tops) - Math.min(...tops), `button tops ${tops.join(', ')}`).toBeLessThanOrEqual(1);
    const select = (await controls(page).getByRole('combobox').boundingBox())!;
    expect(Math.abs(select.y - tops[0]!)).toBeLessThanOrEqual(2);

    const clipped = await page.evaluate(() => {
      const side = document.querySelector('aside.side')!;
      const right = Math.max(...[...document.querySelectorAll('[data-testid="presentation-controls"] button, [data-testid="presentation-controls"] select')].map((e) => e.getBoundingClientRect().right));
      return {
        pageWider: document.documentElement.scrollWidth - window.innerWidth,
        pageTaller: document.documentElement.scrollHeight - window.innerHeight,
        sideTaller: side.scrollHeight - side.clientHeight,
        sideWider: side.scrollWidth - side.clientWidth,
        controlsPastEdge: right - window.innerWidth,
      };
    });
    for (const [what, overflow] of Object.entries(clipped)) expect(overflow, what).toBeLessThanOrEqual(0);
  });

  test('long notes are cut at their place, two side by side: the map box stays the same', async ({ page }) => {
    const long = (start: string) => `${start} ${'met een heel lange toelichting die op een projector niet past '.repeat(3)}`.slice(0, 140);
    const general = long('Algemene notitie');
    const ido = long('IDO-notitie');
    await page.route('**/generated/data/annotaties.csv', (route) =>
      route.fulfill({ contentType: 'text/csv', body: `kwartaal,indicator,tekst_nl,tekst_en\n2021-Q1,,${general},General\n2021-Q1,ido,${ido},IDO\n2021-Q3,ido,Kort,Short\n` }),
    );
    await openApp(page, '/?mode=present&quarter=2021-Q2');
    await expect(page.getByTestId('presentation-notes')).toHaveText('');
    const without = (await mapArea(page).boundingBox())!;
    await page.keyboard.press('PageUp');
    await expect(quarterShown(page)).toHaveText('2021 K1');
    // Both notes whole for a screen reader, cut on screen.
    await expect(page.getByTestId('presentation-notes').locator('p')).toHaveText([general, ido]);
    const withLong = (await mapArea(page).boundingBox())!;
    await page.keyboard.press('PageDown');
    await page.keyboard.press('PageDown');
    await expect(page.getByTestId('presentation-notes')).toHaveText('Kort');
    const withShort = (await mapArea(page).boundingBox())!;
    for (const box of [withLong, withShort]) expect(Math.abs(box.height - without.height)).toBeLessThanOrEqual(1);
  });

  test('a window resize fits the country again', async ({ page }) => {
    await enterFromZoomedDashboard(page);
    await expectCountryInside(page);
    await page.setViewportSize({ width: 1000, height: 900 });
    await page.waitForTimeout(100);
    await expectCountryInside(page);
  });
});

test.describe('presentation with MapLibre at 1920 × 1080', () => {
  test.use({ viewport: { width: 1920, height: 1080 } });

  test('the button fits the whole country from a zoomed-in dashboard', async ({ page }) => {
    await openWithMapLibre(page, `/?${ZOOMED_IN}`);
    expect((await countryOnMap(page)).topLeft!.y).toBeLessThan(0);
    await clickHeaderAction(page, 'Presenteren');
    await expect(webglMap(page)).toBeVisible({ timeout: 30_000 });
    await expect(page.getByTestId('svg-map')).toHaveCount(0, { timeout: 30_000 });
    await expectCountryInside(page);
  });
});

test('no tooltip follows the pointer on the slide (the dashboard has one)', async ({ page }) => {
  await openApp(page, '/?municipality=GM0344');
  const utrecht = async () => {
    const box = (await svgMap(page).boundingBox())!;
    const at = (await readHook(page, (h) => h.project(5.12, 52.09)))!;
    return { x: box.x + at.x, y: box.y + at.y };
  };
  let point = await utrecht();
  await page.mouse.move(point.x, point.y);
  await expect(page.getByTestId('tooltip')).toBeVisible();

  await clickHeaderAction(page, 'Presenteren');
  await expect(controls(page)).toBeVisible();
  await waitForMapIdle(page);
  point = await utrecht();
  await page.mouse.move(point.x - 5, point.y - 5);
  await page.mouse.move(point.x, point.y);
  await page.waitForTimeout(200);
  await expect(page.getByTestId('tooltip')).toHaveCount(0);
  // The selection has its outline on the slide: a halo under the line.
  await expect(page.locator('[data-role="selected-halo"]')).toHaveCount(1);
  await expect(page.locator('[data-role="selected"]')).toHaveCount(1);
});

test('a clicker on the dashboard: PageDown is the next quarter, PageUp the previous, Shift+arrow a year', async ({ page }) => {
  await openApp(page, '/?quarter=2020-Q4');
  const slider = quarterSlider(page);
  await slider.focus();
  await page.keyboard.press('PageDown');
  await expect(page.getByTestId('quarter-label')).toHaveText('2021 K1');
  await page.keyboard.press('PageDown');
  await expect(page.getByTestId('quarter-label')).toHaveText('2021 K2');
  await page.keyboard.press('PageUp');
  await expect(page.getByTestId('quarter-label')).toHaveText('2021 K1');
  await page.keyboard.press('Shift+ArrowRight');
  await expect(page.getByTestId('quarter-label')).toHaveText('2022 K1');
  await page.keyboard.press('Shift+ArrowLeft');
  await page.keyboard.press('Shift+ArrowLeft');
  await expect(page.getByTestId('quarter-label')).toHaveText('2020 K1');
  await expect(slider).toHaveAccessibleDescription(/PageDown\/PageUp: volgend\/vorig kwartaal/);
});

test.describe('the growth slide', () => {
  test.use({ viewport: { width: 1920, height: 1080 } });

  /** The chart's point marked as the quarter shown: its accessible name starts with that quarter. */
  const markedPoint = (page: Page) => page.getByTestId('growth-slide').locator('circle.point[aria-current="true"]');

  test('appears from the switch and the G key, marks the quarter, steps with PageDown and stays in the link', async ({ page }) => {
    await openApp(page, '/?mode=present&quarter=2021-Q1');
    await expect(page.getByTestId('growth-slide')).toHaveCount(0);
    await page.getByTestId('slide-switch').getByRole('button', { name: 'Groei' }).click();
    await expect(page.getByTestId('growth-slide')).toBeVisible();
    await expect(page.getByTestId('slide-switch').getByRole('button', { name: 'Groei' })).toHaveAttribute('aria-pressed', 'true');
    await expect.poll(() => new URL(page.url()).searchParams.get('slide')).toBe('growth');
    // The map is out of the way (not focusable, not visible) but keeps its place.
    await expect(mapWidget(page)).toBeHidden();
    expect(await axeViolations(page)).toEqual([]);

    await expect(markedPoint(page)).toHaveCount(1);
    await expect(markedPoint(page)).toHaveAccessibleName(/^2021 K1\./);
    const valueBefore = await page.getByTestId('growth-slide-values').innerText();
    const xBefore = Number(await markedPoint(page).getAttribute('cx'));
    await page.keyboard.press('PageDown');
    await expect(quarterShown(page)).toHaveText('2021 K2');
    await expect(markedPoint(page)).toHaveAccessibleName(/^2021 K2\./);
    expect(Number(await markedPoint(page).getAttribute('cx'))).toBeGreaterThan(xBefore);
    await expect(page.getByTestId('growth-slide-values')).not.toHaveText(valueBefore);
    // The value in large type is the marked point's.
    const national = await markedPoint(page).getAttribute('aria-label');
    expect(national).toContain((await page.getByTestId('growth-slide-values').locator('strong').first().innerText()).trim());

    // Large type on the projector: the axis text is drawn well above its 12 px.
    const axisText = await page.getByTestId('growth-slide').locator('.grid text').first().evaluate((text) => text.getBoundingClientRect().height);
    expect(axisText).toBeGreaterThan(20);

    // G goes back to the map, and a link brings the growth slide back.
    await page.keyboard.press('g');
    await expect(page.getByTestId('growth-slide')).toHaveCount(0);
    await expect(mapWidget(page)).toBeVisible();
    expect(new URL(page.url()).searchParams.get('slide')).toBeNull();
    await page.goto('/?mode=present&quarter=2020-Q4&slide=growth');
    await expect(markedPoint(page)).toHaveAccessibleName(/^2020 K4\./);
  });
});
