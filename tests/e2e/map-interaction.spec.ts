/**
 * The legend as a filter, the IDO point's tooltip and keyboard neighbour
 * navigation, end to end on the WebGL map.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { defaultGeoDir, readSharedGeo, REPO_ROOT } from '../../scripts/lib/readSharedGeo';
import { DATASET_FILES, parseDataset } from '../../src/lib/data/parseDataset';
import { idoStatusAt, indexDataset } from '../../src/lib/domain/coverage';
import { isInPeriod, parseQuarterText, quarterOf } from '../../src/lib/domain/quarter';
import { CATEGORY_COLOURS } from '../../src/lib/scales/palette';
import { countMapColours, legendCountText, mapWidget, openApp, readHook as hook, waitForMapIdle } from './helpers';


test('choosing a legend entry filters the table to it and highlights its municipalities on the map', async ({ page }) => {
  await openApp(page, '/?quarter=2020-Q4');
  const before = await countMapColours(page, { chosen: CATEGORY_COLOURS['none'], other: CATEGORY_COLOURS['ido-elsewhere'] });
  expect(before.other).toBeGreaterThan(500);
  const entry = page.getByRole('button', { name: /^Geen \d+ gemeenten?$/ });
  const count = (await entry.innerText()).match(/(\d+) gemeente/)![1]!;
  await entry.click();
  await expect(entry).toHaveAttribute('aria-pressed', 'true');
  await waitForMapIdle(page);
  // The map: the chosen category keeps its colour, the others fade.
  const after = await countMapColours(page, { chosen: CATEGORY_COLOURS['none'], other: CATEGORY_COLOURS['ido-elsewhere'] });
  expect(after.chosen).toBeGreaterThan(before.chosen! * 0.8);
  expect(after.other).toBeLessThan(before.other! / 10);
  // The table: only that category, as many rows as the legend counts.
  await page.getByRole('button', { name: 'Tabel tonen' }).click();
  const table = page.locator('#coverage-table');
  await expect(table.getByRole('combobox', { name: 'Categorie (IDO)' })).toHaveValue('none');
  await expect(table.getByRole('table').locator('tbody tr')).toHaveCount(Number(count));
  expect(legendCountText(Number(count))).toContain(count);
  // Choosing it again lets go.
  await entry.click();
  await expect(entry).toHaveAttribute('aria-pressed', 'false');
  await expect(table.getByRole('combobox', { name: 'Categorie (IDO)' })).toHaveValue('');
});

test('which municipalities have no IDO, and since when: the legend entry, the table\'s "IDO sinds" column, the detail card agrees', async ({ page }) => {
  await openApp(page, '/?quarter=2020-Q4');
  const table = page.locator('#coverage-table').getByRole('table');
  const sinceColumn = async () => (await table.locator('tbody td[data-column="since"]').allInnerTexts()).map((text) => parseQuarterText(text.trim()));
  const none = page.getByRole('button', { name: /^Geen \d+ gemeenten?$/ });
  const count = Number((await none.innerText()).match(/(\d+) gemeente/)![1]!);
  await none.click();
  await page.getByRole('button', { name: 'Tabel tonen' }).click();
  await expect(table.locator('tbody tr')).toHaveCount(count);
  // In the example data no desk closes: every municipality without one has had none since the data begin.
  expect(await sinceColumn()).toEqual(Array(count).fill(quarterOf(2019, 1)));
  const first = table.locator('tbody tr').first();
  await first.getByRole('rowheader').getByRole('button').click();
  await expect(page.getByTestId('detail-panel').locator('[data-programme="ido"]')).toContainText('Geen (sinds 2019 K1)');

  // Where the quarters differ (desks opened at different times), the column sorts by them: the newest first at the second click.
  await page.getByRole('button', { name: /^IDO in de gemeente \d+ gemeenten?$/ }).click();
  const sortBySince = table.getByRole('button', { name: /IDO sinds/ });
  await sortBySince.click();
  await expect(table.getByRole('columnheader', { name: /IDO sinds/ })).toHaveAttribute('aria-sort', 'ascending');
  await sortBySince.click();
  await expect(table.getByRole('columnheader', { name: /IDO sinds/ })).toHaveAttribute('aria-sort', 'descending');
  const since = await sinceColumn();
  expect(since.every((quarter) => quarter !== null && quarter <= quarterOf(2020, 4))).toBe(true);
  expect(new Set(since).size).toBeGreaterThan(1);
  expect(since).toEqual([...since].sort((a, b) => b! - a!));
  const newest = table.locator('tbody tr').first();
  // Scrolled sideways to the column, the municipality's name stays in view.
  const region = page.locator('#coverage-table .scroll');
  await region.evaluate((element) => (element.scrollLeft = element.scrollWidth));
  const [regionBox, nameBox] = [await region.boundingBox(), await newest.getByRole('rowheader').boundingBox()];
  expect(nameBox!.x).toBeGreaterThanOrEqual(regionBox!.x);
  expect(nameBox!.x).toBeLessThan(regionBox!.x + 5);
  const newestSince = (await newest.locator('td[data-column="since"]').innerText()).trim();
  await newest.getByRole('rowheader').getByRole('button').click();
  await expect(page.getByTestId('detail-panel').locator('[data-programme="ido"]')).toContainText(`IDO in de gemeente (sinds ${newestSince})`);
});

test('hovering an IDO point names the location, its organisation and since when', async ({ page }) => {
  // An IDO desk open at the end of 2023, from the example data the app shows.
  const { index: geo } = readSharedGeo(defaultGeoDir());
  const files = Object.fromEntries(DATASET_FILES.map((name) => [name, readFileSync(join(REPO_ROOT, 'data/example', name), 'utf8')]));
  const dataset = parseDataset(files, geo).dataset!;
  const index = indexDataset(dataset);
  const quarter = quarterOf(2023, 4);
  const location = dataset.locations.find((l) => isInPeriod(quarter, l) && idoStatusAt(index.idoChangesByLocation.get(l.id), quarter) === 'open')!;
  const organisation = dataset.organisations.find((o) => o.id === location.organisationId)!;
  await openApp(page, `/?view=${location.lon},${location.lat},11.5`);
  const point = await page.evaluate(([lon, lat]) => window.__BBV__!.project(lon!, lat!), [location.lon, location.lat]);
  const box = (await page.getByTestId('map').boundingBox())!;
  await page.mouse.move(box.x + point!.x, box.y + point!.y);
  const tooltip = page.getByTestId('tooltip');
  await expect(tooltip).toContainText(location.name);
  await expect(tooltip).toContainText(organisation.name);
  await expect(tooltip).toContainText(/IDO open sinds \d{4} K[1-4]/);
});

test('details of a municipality in the link, built after the first map, leave focus where the user put it', async ({ page }) => {
  // The side column with the details comes after the first map (its own chunk): held back until focus is on the map.
  let release: () => void = () => undefined;
  const held = new Promise<void>((resolve) => (release = resolve));
  await page.route(/\/assets\/besideStage-[\w-]+\.js$/, async (route) => {
    await held;
    await route.continue();
  });
  await openApp(page, '/?municipality=GM0344');
  const canvas = mapWidget(page);
  await canvas.focus();
  release();
  await expect(page.getByTestId('detail-panel').getByRole('heading', { level: 2 })).toHaveText('Utrecht');
  await page.waitForTimeout(500);
  await expect(canvas).toBeFocused();
});

test('the arrow keys keep moving the selection across five neighbours, with focus on the map; Enter opens the details', async ({ page }) => {
  await openApp(page, '/?municipality=GM0344');
  const canvas = mapWidget(page);
  await canvas.focus();
  const announcement = page.getByTestId('selection-announcement');
  const visited = ['Utrecht'];
  for (let step = 0; step < 5; step++) {
    // Each step goes to a municipality not visited yet, trying the directions in turn.
    let moved = false;
    for (const key of ['ArrowDown', 'ArrowRight', 'ArrowUp', 'ArrowLeft']) {
      const before = await hook(page, (h) => h.app.selection?.kind === 'municipality' ? h.app.selection.code : null);
      await page.keyboard.press(key);
      await expect(canvas).toBeFocused();
      const name = (await announcement.innerText()).match(/^Geselecteerd: (.+?),/)?.[1];
      const after = await hook(page, (h) => h.app.selection?.kind === 'municipality' ? h.app.selection.code : null);
      if (after !== before && name && !visited.includes(name)) {
        visited.push(name);
        moved = true;
        break;
      }
    }
    expect(moved, `step ${step + 1} from ${visited.at(-1)}`).toBe(true);
  }
  expect(visited).toHaveLength(6);
  await expect(canvas).toBeFocused();
  await page.keyboard.press('Enter');
  const heading = page.getByTestId('detail-panel').getByRole('heading', { level: 2 });
  await expect(heading).toHaveText(visited.at(-1)!);
  await expect(heading).toBeFocused();
});
