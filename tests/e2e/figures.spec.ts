/**
 * Every figure right and said plainly, end to end: no data is "geen
 * gegevens", the target is judged, published figures and the reconcile panel
 * explain themselves, the CSVs hold what the screen shows, the change view
 * lists all four groups, search finds names of other quarters and near
 * misses, the detail panel shows each programme quarter by quarter, and the
 * table filters by category and text.
 */
import { readFileSync } from 'node:fs';
import { dsvFormat } from 'd3-dsv';
import { expect, test, type Download, type Page } from '@playwright/test';
import { axeViolations, openApp, waitForMapIdle, type AppHook, openSettings } from './helpers';

const hook = <T>(page: Page, read: (h: AppHook) => T) => page.evaluate(`(${read.toString()})(window.__BBV__)`) as Promise<T>;
const csvRows = async (download: Download) => {
  const text = readFileSync((await download.path())!, 'utf8').replace(/^\uFEFF/, '');
  return { header: text.split('\n')[0]!, rows: dsvFormat(text.split('\n')[0]!.includes(';') ? ';' : ',').parse(text) };
};
const download = async (page: Page, name: string | RegExp) => {
  const [file] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name }).click()]);
  return file;
};

test('totals say "geen gegevens" where the indicator has no data, never 0 van 355 (0%)', async ({ page }) => {
  await openApp(page, '/?quarter=2019-Q1&indicator=combined');
  const totals = page.getByTestId('totals');
  await expect(totals.locator('[data-total="municipalities"]')).toContainText('geen gegevens');
  await expect(totals.locator('[data-total="organisations"]')).toContainText('geen gegevens');
  await expect(totals).not.toContainText('0 van 355');
  await expect(totals).not.toContainText('0%');
});

test('the IDO target is judged against the data at its quarter in the totals', async ({ page }) => {
  await openApp(page, '/?quarter=2023-Q4');
  await expect(page.getByTestId('target')).toHaveText('Doel 129 eind 2021: niet gehaald, 124');
});

test('the reconcile row of the target has the data’s value, and two published counts are listed by date', async ({ page }) => {
  await openApp(page, '/?quarter=2021-Q4');
  const row = page.getByTestId('reconcile').locator('tr[data-indicator="ido_doel_organisaties"]');
  await expect(row.locator('td[data-column="yours"]')).toHaveText(/124/);
  await expect(row).toContainText('Doel niet gehaald: de gegevens tellen 124, 5 te weinig.');
  // The two published IDO counts of 2021 K4, each with its date and how it compares.
  const locations = page.getByTestId('totals').locator('[data-total="ido-locations"] .published');
  await expect(locations).toHaveText([/^Gepubliceerd: 400 op 29 november 2021, vóór het einde van het kwartaal \(39 minder dan deze gegevens\)/, /^Gepubliceerd: 439 op 31 december 2021 \(gelijk aan deze gegevens\)/]);
  // Sources by publication, never a file name.
  await expect(page.getByTestId('totals').getByRole('link', { name: /Basisvaardigheden voor volwassenen 2022/ })).toBeVisible();
});

test('sources are named by their publication, never by a file name', async ({ page }) => {
  await openApp(page, '/?quarter=2020-Q4');
  await expect(page.getByTestId('reconcile')).not.toContainText('kwartaalrapportage bbv 2020 q4');
  await expect(page.getByTestId('reconcile')).toContainText('Kwartaalrapportage 2020 Q4, programma de Bibliotheek en basisvaardigheden');
});

test('with a province chosen, the reconcile panel says its figures are national and the CSVs hold only the province', async ({ page }) => {
  await openApp(page, '/?quarter=2020-Q4&region=PV20');
  await expect(page.getByTestId('reconcile-scope')).toHaveText('Deze cijfers zijn landelijk; voor Groningen zijn geen cijfers gepubliceerd.');
  const totalInProvince = await hook(page, (h) => h.totals!.municipalities.total);
  const quarter = await csvRows(await download(page, 'Download CSV (2020 K4, IDO)'));
  expect(quarter.rows).toHaveLength(totalInProvince);
  expect(new Set(quarter.rows.map((r) => r['provincie']))).toEqual(new Set(['Groningen']));
  const series = await csvRows(await download(page, 'Download CSV (alle kwartalen)'));
  expect(new Set(series.rows.map((r) => r['provincie']))).toEqual(new Set(['Groningen']));
  // The legend's words, never codes such as none, no-data or bd-partner.
  for (const row of series.rows) for (const column of ['ido', 'sek', 'belastingdienst']) expect(row[column]).not.toMatch(/^(none|no-data|bd-partner|ido-[a-z-]+|sek-[a-z]+)$/);
  // In English: English headers and words.
  await openSettings(page);
  await page.getByRole('combobox', { name: 'Taal' }).selectOption('en');
  const english = await csvRows(await download(page, 'Download CSV (2020 Q4, IDO)'));
  expect(english.header).toMatch(/^quarter,municipality_code,municipality,province,residents/);
  expect(english.rows.map((r) => r['category']).every((c) => ['IDO in the municipality', 'Library has an IDO elsewhere', 'IDO planned', 'None', 'No data'].includes(c!))).toBe(true);
});

test('the change view lists all four groups, as many as its counts', async ({ page }) => {
  await openApp(page, '/?quarter=2021-Q4&compare=2020-Q4&analysis=change');
  const counts = page.getByTestId('change-counts');
  for (const [category, heading] of [
    ['change-new', 'Nieuw bereikt'],
    ['change-stopped', 'Niet meer bereikt'],
    ['change-kept', 'Bleef bereikt'],
    ['change-none', 'Nog steeds niet bereikt'],
  ] as const) {
    const count = Number(await counts.locator(`tr[data-category="${category}"] td[data-column="municipalities"]`).innerText());
    await expect(page.getByRole('heading', { name: `${heading} (${count})` })).toBeVisible();
    if (count > 0) await expect(page.getByTestId(`change-list-${category}`).getByRole('listitem')).toHaveCount(count);
  }
});

test('search finds a name of another quarter and goes there, and a near miss', async ({ page }) => {
  await openApp(page, '/?quarter=2020-Q2');
  const search = page.getByRole('combobox', { name: 'Zoek een gemeente' });
  await search.fill('Eemsdelta');
  const option = page.getByRole('listbox', { name: 'Zoek een gemeente' }).getByRole('option').first();
  await expect(option).toContainText('Bestaat vanaf 2021 K1; daarvoor Appingedam, Delfzijl, Loppersum.');
  await search.press('Enter');
  await expect(page.getByTestId('quarter-label')).toHaveText('2021 K1');
  await expect(page.getByTestId('detail-panel').getByRole('heading', { level: 2 })).toHaveText('Eemsdelta');
  await search.fill('Amsterdm');
  await expect(page.getByRole('listbox', { name: 'Zoek een gemeente' }).getByRole('option').first()).toContainText('Amsterdam');
});

test('the search list opened by typing stays open when the field was left a moment before', async ({ page }) => {
  await openApp(page);
  const search = page.getByRole('combobox', { name: 'Zoek een gemeente' });
  await search.fill('Utrecht');
  const list = page.getByRole('listbox', { name: 'Zoek een gemeente' });
  await expect(list.getByRole('option').first()).toContainText('Utrecht');
  // Away and straight back, typing: the close meant for leaving must not shut the list now in use.
  await page.getByRole('slider', { name: /^Kwartaal/ }).focus();
  await search.fill('Amsterdm');
  await page.waitForTimeout(400);
  await expect(list.getByRole('option').first()).toContainText('Amsterdam');
});

test('the detail panel shows each programme quarter by quarter, and passes axe', async ({ page }) => {
  await openApp(page, '/?quarter=2021-Q4&municipality=GM0344');
  const history = page.getByTestId('history');
  await expect(history.getByRole('img')).toHaveCount(3);
  await expect(history.getByRole('img').first()).toHaveAccessibleName(/^Informatiepunt Digitale Overheid: .+ van 2019 K1 tot en met .+/);
  await expect(history.locator('[data-history="ido"] .cell')).toHaveCount(20);
  expect(await axeViolations(page)).toEqual([]);
});

test('the table filters by category and by text', async ({ page }) => {
  await openApp(page, '/?quarter=2020-Q4');
  await page.getByRole('button', { name: 'Tabel tonen' }).click();
  const table = page.locator('#coverage-table');
  await table.getByRole('combobox', { name: 'Categorie (IDO)' }).selectOption({ label: 'Geen' });
  const none = await hook(page, (h) => (h.totals as unknown as { categoryCounts: Map<string, number> }).categoryCounts.get('none')!);
  await expect(table.getByRole('table').locator('tbody tr')).toHaveCount(none);
  await expect(table.locator('td[data-column="ido"]').first()).toHaveText('Geen');
  await table.getByRole('searchbox', { name: 'Filter op tekst' }).fill('zzzz');
  await expect(table.getByRole('table').locator('tbody tr')).toHaveCount(0);
  await table.getByRole('combobox', { name: 'Categorie (IDO)' }).selectOption({ label: 'Alle categorieën' });
  await table.getByRole('searchbox', { name: 'Filter op tekst' }).fill('Utrecht');
  await expect(table.getByRole('table').locator('tbody tr th')).toContainText(['Utrecht']);
  await waitForMapIdle(page);
});
