/**
 * Loading your own data in the browser: by file input, drag and drop and URL;
 * a broken dataset lists its problems and changes nothing; cancel; back to the
 * default data; the reconcile panel; the dialog under axe-core and the strict
 * CSP. Expected numbers are computed here with the app's own pure functions.
 */
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { largeDataset } from '../../scripts/lib/largeDataset';
import { defaultGeoDir, defaultPublishedFiguresFile, readSharedGeo, REPO_ROOT } from '../../scripts/lib/readSharedGeo';
import { boundaryVersionForQuarter } from '../../src/lib/domain/boundaries';
import { createCodeResolver } from '../../src/lib/data/lineage';
import { loadDataset, type InputFile } from '../../src/lib/data/loadDataset';
import { shapesFromTopology } from '../../src/lib/data/municipalityShapes';
import { groupProblems } from '../../src/lib/data/problemGroups';
import { parsePublishedFigures } from '../../src/lib/data/publishedFigures';
import { writeDataset } from '../../src/lib/data/writeDataset';
import { getQuarterCoverage, indexDataset } from '../../src/lib/domain/coverage';
import { getIndicatorTotals } from '../../src/lib/domain/totals';
import type { Dataset } from '../../src/lib/domain/types';
import { formatNumber, formatQuarter } from '../../src/lib/i18n/translate';
import { legend, legendCountText, openApp, serveWithStrictCsp, waitForFirstMap, waitForMapIdle, clickHeaderAction } from './helpers';

const { index: geo, topologies } = readSharedGeo(defaultGeoDir());
const shapeCache = new Map([...topologies].map(([id, topology]) => [id, shapesFromTopology(topology)]));
const fixtureDir = (name: string) => join(REPO_ROOT, 'tests', 'fixtures', name);
const fixturePaths = (name: string) => readdirSync(fixtureDir(name)).map((file) => join(fixtureDir(name), file));
const fixtureInputs = (name: string): InputFile[] => readdirSync(fixtureDir(name)).map((file) => ({ name: file, bytes: new Uint8Array(readFileSync(join(fixtureDir(name), file))) }));
/** What the app must make of a fixture: the same loader, in Node. */
const expectedLoad = (name: string) => loadDataset(fixtureInputs(name), geo, { shapes: (id) => shapeCache.get(id) });
const idoTotalsAtEnd = (dataset: Dataset) => {
  const quarter = dataset.meta.lastQuarter;
  const coverage = getQuarterCoverage(indexDataset(dataset), createCodeResolver(geo), boundaryVersionForQuarter(geo, quarter).municipalities, quarter);
  return getIndicatorTotals(coverage, 'ido');
};

/** The dataset and totals on screen (test hook) and the quarter as the slider says it. */
const hook = (page: Page) =>
  page.evaluate(() => {
    const h = window.__BBV__!;
    return { dataset: h.dataset, totals: h.totals, quarter: document.querySelector('input[type="range"]')?.getAttribute('aria-valuetext') ?? null };
  });

/** axe-core with the WCAG 2.1 A/AA rules: each violation with its first nodes. */
async function axeViolations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  // A run that checked nothing would pass vacuously.
  expect(results.passes.length).toBeGreaterThan(10);
  return results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).slice(0, 5).join(' | ')}`);
}

async function openDialog(page: Page) {
  await clickHeaderAction(page, 'Gegevens laden');
  const dialog = page.getByRole('dialog', { name: 'Gegevens laden' });
  await expect(dialog).toBeVisible();
  return dialog;
}

test('loads a valid dataset by file input: map, totals and quarter follow it, and the way back restores the default', async ({ page }) => {
  await openApp(page);
  const before = await hook(page);
  const expected = expectedLoad('dataset-small').dataset!;
  const totals = idoTotalsAtEnd(expected);

  const dialog = await openDialog(page);
  await dialog.locator('input[type=file]').setInputFiles(fixturePaths('dataset-small'));
  await expect(dialog.getByText('Geen fouten gevonden')).toBeVisible();
  await expect(dialog.getByTestId('data-summary')).toContainText(expected.meta.name);
  // Until confirmed, nothing on screen has changed.
  expect(await hook(page)).toEqual(before);
  await dialog.getByRole('button', { name: 'Deze gegevens tonen' }).click();
  await expect(dialog).toBeHidden();

  await expect(page.getByTestId('own-data-banner')).toContainText(expected.meta.name);
  await expect(page.getByTestId('example-banner')).toHaveCount(0);
  await waitForMapIdle(page);
  const after = await hook(page);
  expect(after.dataset).toEqual({ name: expected.meta.name, own: true, organisations: expected.organisations.length });
  // The newest quarter stays the newest: the slider moved to the new data's last quarter.
  expect(after.quarter).toBe(formatQuarter('nl', expected.meta.lastQuarter));
  expect(after.totals!.municipalities.covered).toBe(totals.municipalities.covered);
  await expect(page.locator('[data-total="municipalities"] .value')).toHaveText(formatNumber('nl', totals.municipalities.covered));
  await expect(page.locator('[data-category="no-data"] .count')).toHaveText(legendCountText(totals.categoryCounts.get('no-data')!));
  await expect(page.getByTestId('reconcile')).toContainText('De getoonde gegevens naast');

  await page.getByRole('button', { name: 'Terug naar de standaardgegevens' }).click();
  await expect(page.getByTestId('own-data-banner')).toHaveCount(0);
  await expect(page.getByTestId('example-banner')).toBeVisible();
  await waitForMapIdle(page);
  expect(await hook(page)).toEqual(before);
});

test('own data can still be loaded when the default data fails to load', async ({ page }) => {
  await page.route('**/generated/data/dataset.json', (route) => route.fulfill({ status: 404, body: 'not here' }));
  await page.goto('/');
  await expect(page.getByRole('alert')).toContainText('dataset.json', { timeout: 20_000 });
  const dialog = await openDialog(page);
  await dialog.locator('input[type=file]').setInputFiles(fixturePaths('dataset-small'));
  await dialog.getByRole('button', { name: 'Deze gegevens tonen' }).click();
  await expect(page.getByRole('alert')).toHaveCount(0);
  await waitForFirstMap(page);
  await expect(page.getByTestId('own-data-name')).toHaveText('Kleine testset');
  expect((await hook(page)).quarter).toBe(formatQuarter('nl', expectedLoad('dataset-small').dataset!.meta.lastQuarter));
});

test('a broken dataset lists its problems grouped, counted and downloadable, and the map stays as it was', async ({ page }) => {
  await openApp(page);
  const before = await hook(page);
  const expected = expectedLoad('dataset-broken');
  const errorGroups = groupProblems(expected.problems).filter((g) => g.severity === 'error');
  expect(errorGroups.map((g) => g.kind)).toEqual(expect.arrayContaining(['unknown-municipality', 'bad-status', 'period-order', 'location-outside-municipality']));

  const dialog = await openDialog(page);
  await dialog.locator('input[type=file]').setInputFiles(fixturePaths('dataset-broken'));
  const problems = dialog.getByTestId('data-problems');
  await expect(problems).toBeVisible();
  await expect(problems.getByRole('heading', { name: `Fouten (${errorGroups.reduce((n, g) => n + g.rows, 0)})` })).toBeVisible();
  const summaries = await problems.locator('[data-severity="error"] summary').allInnerTexts();
  expect(summaries).toHaveLength(errorGroups.length);
  expect(summaries).toContain('2 rijen: onbekende gemeentecode');
  expect(summaries).toContain('1 rij: locatie buiten de gemeente');
  await problems.locator('[data-kind="unknown-municipality"] summary').click();
  await expect(problems.locator('[data-kind="unknown-municipality"]').getByRole('cell', { name: 'GM9999' })).toBeVisible();

  const download = page.waitForEvent('download');
  await dialog.getByRole('button', { name: 'Problemen downloaden (CSV)' }).click();
  const file = await download;
  expect(file.suggestedFilename()).toBe('bbv-kaart-problemen.csv');
  const text = readFileSync((await file.path())!, 'utf8');
  const lines = text.replace(/^\uFEFF/, '').trim().split(/\r?\n/);
  expect(lines[0]).toBe('ernst;soort;bestand;rij;kolom;waarde;verwacht');
  expect(lines).toHaveLength(expected.problems.length + 1);
  expect(lines.some((line) => line.startsWith('fout;onbekende gemeentecode;werkgebieden.csv;6;gemeente_code;GM9999;'))).toBe(true);

  // Closing keeps everything as it was.
  await dialog.getByRole('button', { name: 'Sluiten' }).click();
  await expect(dialog).toBeHidden();
  expect(await hook(page)).toEqual(before);
  await expect(page.getByTestId('own-data-banner')).toHaveCount(0);

  // The user may also accept it without the rows with errors.
  await clickHeaderAction(page, 'Gegevens laden');
  await expect(dialog.getByTestId('data-problems')).toBeVisible();
  await dialog.getByRole('button', { name: `Tonen zonder de ${expected.rowsLeftOut} rijen met fouten` }).click();
  await expect(page.getByTestId('own-data-banner')).toContainText(`${expected.rowsLeftOut} rijen met fouten weggelaten`);
  expect((await hook(page)).dataset!.organisations).toBe(expected.withoutErrorRows!.organisations.length);
});

test('a file that cannot be read is named, and nothing is offered to show', async ({ page }) => {
  await openApp(page);
  const dialog = await openDialog(page);
  const workbook = readFileSync(join(fixtureDir('corpus'), 'workbook-renamed.csv'));
  await dialog.locator('input[type=file]').setInputFiles(
    fixtureInputs('dataset-small').map((f) => ({ name: f.name, mimeType: 'text/csv', buffer: f.name === 'organisaties.csv' ? workbook : Buffer.from(f.bytes) })),
  );
  await expect(dialog.getByRole('alert')).toContainText('kunnen niet worden geladen');
  await expect(dialog.getByTestId('data-problems')).toContainText('1× geen tekstbestand');
  await expect(dialog.getByRole('button', { name: /tonen/i })).toHaveCount(0);
});

test('loads by drag and drop', async ({ page }) => {
  await openApp(page);
  const dialog = await openDialog(page);
  const files = fixtureInputs('dataset-small').map((f) => ({ name: f.name, bytes: [...f.bytes] }));
  const transfer = await page.evaluateHandle((items) => {
    const data = new DataTransfer();
    for (const item of items) data.items.add(new File([Uint8Array.from(item.bytes)], item.name));
    return data;
  }, files);
  await dialog.getByTestId('drop-zone').dispatchEvent('dragover', { dataTransfer: transfer });
  await expect(dialog.getByTestId('drop-zone')).toContainText('Laat los');
  await dialog.getByTestId('drop-zone').dispatchEvent('drop', { dataTransfer: transfer });
  await expect(dialog.getByText('Geen fouten gevonden')).toBeVisible();
  await dialog.getByRole('button', { name: 'Deze gegevens tonen' }).click();
  await expect(page.getByTestId('own-data-name')).toHaveText('Kleine testset');
});

test('loads from a URL on the same site (a folder), and names a URL that is not there', async ({ page }) => {
  await openApp(page);
  const dialog = await openDialog(page);
  await dialog.getByLabel(/Of laad vanaf een adres/).fill('generated/templates/voorbeeld/');
  await dialog.getByRole('button', { name: 'Laden vanaf adres' }).click();
  await expect(dialog.getByText('Geen fouten gevonden')).toBeVisible({ timeout: 30_000 });
  await expect(dialog.getByTestId('data-summary')).toContainText('Voorbeelddata BBV-kaart');
  await dialog.getByRole('button', { name: 'Andere bestanden kiezen' }).click();
  await page.route('**/niet-hier/organisaties.csv', (route) => route.fulfill({ status: 404, body: 'not here' }));
  await dialog.getByLabel(/Of laad vanaf een adres/).fill('niet-hier/organisaties.csv');
  await dialog.getByRole('button', { name: 'Laden vanaf adres' }).click();
  await expect(dialog.getByTestId('data-problems')).toContainText('niet op te halen');
  await expect(dialog.getByTestId('data-problems')).toContainText('HTTP 404');
});

test('cancel stops a load in progress and keeps the data on screen', async ({ page }) => {
  await openApp(page);
  const before = await hook(page);
  // Hold the boundaries the location check needs, so the load is certainly still running when Cancel is pressed.
  let release: () => void = () => undefined;
  const held = new Promise<void>((resolve) => (release = resolve));
  await page.route('**/generated/geo/gemeenten-2019-01-01.topojson', async (route) => {
    await held;
    await route.continue();
  });
  const dialog = await openDialog(page);
  await dialog.locator('input[type=file]').setInputFiles(fixturePaths('dataset-small'));
  const progress = dialog.getByRole('progressbar', { name: 'Voortgang van het laden' });
  await expect(progress).toBeVisible();
  await dialog.getByRole('button', { name: 'Annuleren' }).click();
  await expect(progress).toHaveCount(0);
  await expect(dialog.getByRole('button', { name: 'Bestanden kiezen' })).toBeVisible();
  await expect(dialog.getByRole('alert')).toHaveCount(0);
  release();
  expect(await hook(page)).toEqual(before);
  await expect(page.getByTestId('own-data-banner')).toHaveCount(0);
});

test('the reconcile panel shows the example data equal to the figures published for the quarter', async ({ page }) => {
  await openApp(page, '/?quarter=2020-Q4');
  const published = parsePublishedFigures(readFileSync(defaultPublishedFiguresFile(), 'utf8')).filter((f) => f.quarter === 2020 * 4 + 3);
  const panel = page.getByTestId('reconcile');
  await expect(panel.locator('tbody tr')).toHaveCount(published.length);
  // Two publications disagree for two figures of 2020-Q4; the example follows one of them (docs/data.md).
  const statuses = await panel.locator('tbody tr').evaluateAll((rows) => rows.map((r) => r.getAttribute('data-status')));
  expect(statuses.every((s) => s === 'match' || s === 'other-source-matches')).toBe(true);
  await panel.getByRole('button', { name: /Alle kwartalen tonen/ }).click();
  await expect(panel.getByText(/^Alle kwartalen: \d+ gelijk, 0 anders/)).toBeVisible();
  await expect(panel.getByRole('region', { name: 'Controle met gepubliceerde cijfers' })).toBeVisible();
  expect(await axeViolations(page)).toEqual([]);
});

test('a 100,000-row file in Dutch Excel form loads in the worker without errors', async ({ page }) => {
  test.setTimeout(120_000);
  await openApp(page);
  const example = expectedLoad('../../data/example').dataset!;
  const text = writeDataset(largeDataset(example, 100_000), 'excel-nl');
  const dialog = await openDialog(page);
  await dialog.locator('input[type=file]').setInputFiles(Object.entries(text).map(([name, body]) => ({ name, mimeType: 'text/csv', buffer: Buffer.from(body) })));
  await expect(dialog.getByTestId('data-summary')).toBeVisible({ timeout: 60_000 });
  await expect(dialog.getByText('Geen fouten gevonden')).toBeVisible();
});

test('the dialog runs under the strict Content-Security-Policy (its worker included)', async ({ page }) => {
  const violations = await serveWithStrictCsp(page);
  await openApp(page);
  const dialog = await openDialog(page);
  await dialog.locator('input[type=file]').setInputFiles(fixturePaths('dataset-broken'));
  await expect(dialog.getByTestId('data-problems')).toBeVisible();
  expect(violations).toEqual([]);
});

for (const [language, theme] of [['nl', 'light'], ['en', 'light'], ['nl', 'dark'], ['en', 'projector']] as const) {
  test(`axe-core: the load dialog, its problems and the own-data view (${language}, ${theme})`, async ({ page }) => {
    const axe = () => axeViolations(page);
    await openApp(page, `/?lang=${language}&theme=${theme}`);
    await page.getByRole('button', { name: language === 'nl' ? 'Gegevens laden' : 'Load data' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.locator('details.files summary').click();
    expect(await axe()).toEqual([]);
    await dialog.locator('input[type=file]').setInputFiles(fixturePaths('dataset-broken'));
    await expect(dialog.getByTestId('data-problems')).toBeVisible();
    await dialog.locator('details.group summary').first().click();
    expect(await axe()).toEqual([]);
    await dialog.getByRole('button', { name: language === 'nl' ? /Tonen zonder/ : /Show without/ }).click();
    await expect(page.getByTestId('own-data-banner')).toBeVisible();
    await waitForMapIdle(page);
    expect(await axe()).toEqual([]);
  });
}

test('the dialog, its problems and the own-data view fit 320 px without scrolling sideways', async ({ page }) => {
  await page.setViewportSize({ width: 320, height: 700 });
  await openApp(page);
  const dialog = await openDialog(page);
  await dialog.locator('input[type=file]').setInputFiles(fixturePaths('dataset-broken'));
  await dialog.locator('details.group summary').first().click();
  expect(await dialog.evaluate((el) => el.getBoundingClientRect().right)).toBeLessThanOrEqual(320);
  expect(await dialog.evaluate((el) => el.scrollWidth - el.clientWidth)).toBeLessThanOrEqual(0);
  await dialog.getByRole('button', { name: /Tonen zonder/ }).click();
  await expect(page.getByTestId('own-data-banner')).toBeVisible();
  await waitForMapIdle(page);
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
});
