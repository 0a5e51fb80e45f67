import { expect, test, type Page } from '@playwright/test';
import { formatDate, formatQuarter } from '../../src/lib/i18n/translate';
import { openApp, quarterSlider, readHook, waitForFirstMap, waitForMapIdle } from './helpers';

/** A route that holds its requests until released, then fails or passes them as told. */
function controlledRoute() {
  let mode: 'hold' | 'fail' | 'pass' = 'hold';
  let release: () => void = () => undefined;
  const held = new Promise<void>((resolve) => (release = resolve));
  return {
    handler: async (route: import('@playwright/test').Route) => {
      if (mode === 'hold') await held;
      if (mode === 'fail') return route.abort('internetdisconnected');
      return route.continue();
    },
    fail: () => {
      mode = 'fail';
      release();
    },
    pass: () => {
      mode = 'pass';
      release();
    },
  };
}

/**
 * From now on, on every frame: the legend's counts (as the page shows them)
 * add up to the municipalities the map draws, and the totals card names the
 * quarter the map's label names. Returns a reader of what disagreed.
 */
async function watchAgreement(page: Page): Promise<() => Promise<string[]>> {
  await page.evaluate(() => {
    const disagreements: string[] = [];
    (window as unknown as { __disagreements: string[] }).__disagreements = disagreements;
    const quarterIn = (text: string | null | undefined) => /\d{4} [KQ]\d/.exec(text ?? '')?.[0] ?? null;
    const check = () => {
      const hook = window.__BBV__;
      const counts = [...document.querySelectorAll('[data-testid="legend"] [data-testid="legend-count"]')].map((el) => Number(el.textContent!.replace(/\D/g, '')));
      const legendTotal = counts.reduce((a, b) => a + b, 0);
      const drawn = hook?.drawnCodes().length ?? 0;
      const mapQuarter = quarterIn(document.querySelector('[data-testid="map-area"] [aria-label^="Kaart van Nederland"]')?.getAttribute('aria-label'));
      const totalsQuarter = quarterIn(document.querySelector('#totals-title')?.textContent);
      if (counts.length > 0 && drawn > 0 && legendTotal !== drawn) disagreements.push(`legend ${legendTotal} ≠ map ${drawn}`);
      if (mapQuarter && totalsQuarter && mapQuarter !== totalsQuarter) disagreements.push(`map ${mapQuarter} ≠ totals ${totalsQuarter}`);
      requestAnimationFrame(check);
    };
    requestAnimationFrame(check);
  });
  return () => page.evaluate(() => (window as unknown as { __disagreements: string[] }).__disagreements.slice(0, 5));
}

const legendTotal = async (page: Page) =>
  (await page.getByTestId('legend').getByTestId('legend-count').allInnerTexts()).map((text) => Number(text.replace(/\D/g, ''))).reduce((a, b) => a + b, 0);
const totalsTitle = (page: Page) => page.locator('#totals-title');

test('another boundary version: loading on the map, then what failed with a retry, and the screen stays on one quarter', async ({ page }) => {
  await openApp(page);
  const start = await quarterSlider(page).getAttribute('aria-valuetext');
  const older = formatQuarter('nl', await readHook(page, (hook) => hook.app.firstQuarter));
  const version = await page.evaluate(async () => (await (await fetch('generated/geo/index.json')).json()).versions[0] as { id: string; validFrom: string; topologyFile: string; municipalities: unknown[] });
  const boundariesOf = `gemeentegrenzen van ${formatDate('nl', version.validFrom)}`;
  expect(await readHook(page, (hook) => hook.versionId)).not.toBe(version.id);
  const boundaries = controlledRoute();
  await page.route(`**/generated/${version.topologyFile}`, boundaries.handler);
  const disagreements = await watchAgreement(page);

  // The first quarter of the data: its boundary version is not loaded yet.
  await quarterSlider(page).focus();
  await quarterSlider(page).press('Home');
  await expect(quarterSlider(page)).toHaveAttribute('aria-valuetext', older);
  const status = page.getByTestId('map-status').getByRole('status');
  await expect(status).toContainText(`G${boundariesOf.slice(1)} laden`);
  await expect(status).toContainText(`tonen zolang ${start}`);
  // Meanwhile map, totals and legend all stay on the quarter shown before.
  await expect(totalsTitle(page)).toContainText(start!);
  expect(await legendTotal(page)).toBe(await readHook(page, (hook) => hook.drawnCodes().length));

  boundaries.fail();
  const alert = page.getByTestId('map-status').getByRole('alert');
  // retry: 1 in the query options, so the error shows after the second attempt.
  await expect(alert).toContainText(`Niet geladen: de ${boundariesOf}`, { timeout: 15_000 });
  await expect(alert).toContainText('De server is niet bereikbaar');
  await expect(alert).toContainText(`Bestand: ${version.topologyFile.split('/').pop()}`);
  await expect(alert).toContainText(`tonen zolang ${start}`);
  await expect(alert).not.toContainText(/Failed|network error|fetch/i);
  await expect(totalsTitle(page)).toContainText(start!);
  expect(await legendTotal(page)).toBe(await readHook(page, (hook) => hook.drawnCodes().length));

  boundaries.pass();
  await alert.getByRole('button', { name: 'Opnieuw proberen' }).click();
  await waitForMapIdle(page);
  await expect(page.getByTestId('map-status')).toHaveCount(0);
  expect(await readHook(page, (hook) => hook.versionId)).toBe(version.id);
  await expect(totalsTitle(page)).toContainText(older);
  expect(await readHook(page, (hook) => hook.drawnCodes().length)).toBe(version.municipalities.length);
  expect(await legendTotal(page)).toBe(version.municipalities.length);
  expect(await disagreements()).toEqual([]);
});

// The script, its stylesheet, or both (offline: Vite reports the stylesheet first).
for (const [kind, files, named] of [
  ['script', /\/assets\/AnalysisPanels-[^/]*\.js$/, '.js'],
  ['stylesheet', /\/assets\/AnalysisPanels-[^/]*\.css$/, '.css'],
  ['script and stylesheet', /\/assets\/AnalysisPanels-[^/]*\.(js|css)$/, '.css'],
] as const) {
  test(`the analysis chunk's ${kind} failing to arrive is said in words, and "try again" loads it`, async ({ page }) => {
    let failing = true;
    await page.route(files, (route) => (failing ? route.abort('internetdisconnected') : route.continue()));
    await openApp(page);
    await page.getByRole('button', { name: 'Analyse tonen' }).click();
    const alert = page.getByTestId('analysis').getByRole('alert');
    await expect(alert).toContainText('Niet geladen: het onderdeel Analyse');
    await expect(alert).toContainText(`Bestand: AnalysisPanels-`);
    await expect(alert).toContainText(named);
    await expect(alert).not.toContainText(/Unable to preload|dynamically imported|Failed/i);
    failing = false;
    await alert.getByRole('button', { name: 'Opnieuw proberen' }).click();
    const tabs = page.getByTestId('analysis').getByRole('tablist');
    await expect(tabs.getByRole('tab', { name: /Groei/ })).toBeVisible();
    await expect(alert).toHaveCount(0);
    // The chunk's stylesheet is there too (a retry that only brought the script would leave the tabs unstyled).
    await expect(tabs).toHaveCSS('display', 'flex');
  });
}

test('a data file that fails says which one, and recovers on retry', async ({ page }) => {
  let failing = true;
  await page.route('**/generated/data/dataset.json', (route) => (failing ? route.fulfill({ status: 404, body: 'not here' }) : route.continue()));
  await page.goto('/');
  const alert = page.getByRole('alert');
  await expect(alert).toContainText('Niet geladen: de gegevens', { timeout: 15_000 });
  await expect(alert).toContainText('Bestand: dataset.json');
  await expect(alert).toContainText('(fout 404)');
  failing = false;
  await alert.getByRole('button', { name: 'Opnieuw proberen' }).click();
  await expect(alert).toHaveCount(0, { timeout: 15_000 });
  await waitForMapIdle(page);
  await expect(page.getByTestId('totals')).toBeVisible();
});

test('shows that it is loading before the map is ready', async ({ page }) => {
  let release: () => void = () => undefined;
  const held = new Promise<void>((resolve) => (release = resolve));
  await page.route('**/generated/geo/index.json', async (route) => {
    await held;
    await route.continue();
  });
  await page.goto('/');
  await expect(page.getByRole('status').filter({ hasText: 'Kaart en gegevens laden' })).toBeVisible();
  release();
  await waitForFirstMap(page);
  await expect(page.getByRole('status').filter({ hasText: 'Kaart en gegevens laden' })).toHaveCount(0);
});

test('the first map, its legend and the time control come from the map table while the dataset is still on its way', async ({ page }) => {
  const dataset = controlledRoute();
  let datasetAsked = false;
  await page.route('**/generated/data/dataset.json', (route) => {
    datasetAsked = true;
    return dataset.handler(route);
  });
  await page.goto('/');
  await waitForFirstMap(page);
  const slider = quarterSlider(page);
  await expect(slider).toHaveAttribute('aria-valuetext', /2023 K4/);
  // Every municipality on the map is counted in the legend, and the totals (from the dataset) are not there yet.
  const drawn = await readHook(page, (hook) => hook.drawnCodes().length);
  expect(drawn).toBeGreaterThan(300);
  expect(await legendTotal(page)).toBe(drawn);
  await expect(page.getByTestId('totals')).toHaveCount(0);
  // A step through time works without the dataset: the map and the legend follow.
  const before = await page.getByTestId('legend').innerText();
  await slider.focus();
  await page.keyboard.press('Home');
  await expect(slider).toHaveAttribute('aria-valuetext', /2019 K1/);
  await waitForMapIdle(page);
  expect(await legendTotal(page)).toBe(await readHook(page, (hook) => hook.drawnCodes().length));
  expect(await page.getByTestId('legend').innerText()).not.toBe(before);
  // The dataset is asked for once that map is on screen; when it comes, the totals follow and the legend stays.
  await expect.poll(() => datasetAsked).toBe(true);
  const legendFromTable = await page.getByTestId('legend').innerText();
  dataset.pass();
  await expect(page.getByTestId('totals')).toBeVisible({ timeout: 15_000 });
  await expect(page.getByTestId('totals').getByRole('heading')).toContainText('2019 K1');
  expect(await page.getByTestId('legend').innerText()).toBe(legendFromTable);
});

test('without the map table the first map waits for the dataset, and nothing says a file failed', async ({ page }) => {
  await page.route('**/generated/data/map-table.json', (route) => route.fulfill({ status: 404, body: 'not here' }));
  await openApp(page);
  await expect(page.getByTestId('totals')).toBeVisible({ timeout: 15_000 });
  expect(await legendTotal(page)).toBe(await readHook(page, (hook) => hook.drawnCodes().length));
  await expect(page.getByRole('alert')).toHaveCount(0);
});

test('after the first map every quarter of the data is worked out at idle moments, for the details and the table that read them all', async ({ page }) => {
  await openApp(page, '/?quarter=2021-Q2');
  const all = await readHook(page, (hook) => hook.app.lastQuarter - hook.app.firstQuarter + 1);
  // A municipality's history strip and "since", and the table's "since" column, read every quarter: worked out on the
  // first click, they made it the slowest interaction of the screen (state/prepareAhead.ts).
  await expect.poll(() => readHook(page, (hook) => hook.quartersWorkedOut().length), { timeout: 15_000 }).toBe(all);
});
