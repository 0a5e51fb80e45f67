import { readFileSync } from 'node:fs';
import { dsvFormat } from 'd3-dsv';
import { expect, test, type Download, type Page } from '@playwright/test';
import { CATEGORY_COLOURS } from '../../src/lib/scales/palette';
import { countMapColours, legend, legendCountText, openApp, readHook as hook, waitForMapIdle, clickHeaderAction } from './helpers';

/** The counts of every legend entry, summed (the municipalities the legend covers). */
const legendTotal = async (page: Page) => (await legend(page).getByTestId('legend-count').allInnerTexts()).reduce((sum, text) => sum + Number(text.replace(/\D/g, '')), 0);
/** The national point of a quarter on the growth chart (a button named by its quarter and value). */
const chartPoint = (page: Page, quarter: string) => page.getByTestId('growth-chart').getByRole('button', { name: new RegExp(`^${quarter}\\. Nederland: `) });
const csvRows = async (download: Download) => {
  const text = readFileSync((await download.path())!, 'utf8').replace(/^\uFEFF/, '');
  return dsvFormat(text.split('\n')[0]!.includes(';') ? ';' : ',').parse(text);
};
const download = async (page: Page, name: string | RegExp) => {
  const [file] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name }).click()]);
  return file;
};
const params = (page: Page) => new URL(page.url()).searchParams;

test.describe('the analysis section', () => {
  test('is closed at first, opens by its button and keeps the open tab in the URL', async ({ page }) => {
    await openApp(page);
    const toggle = page.getByRole('button', { name: 'Analyse tonen' });
    await expect(toggle).toHaveAttribute('aria-expanded', 'false');
    await expect(page.getByRole('tablist')).toHaveCount(0);
    await toggle.click();
    await expect(page.getByRole('tab', { name: 'Groei' })).toHaveAttribute('aria-selected', 'true');
    await expect.poll(() => params(page).get('analysis')).toBe('growth');
    // Tabs after the WAI-ARIA pattern: arrows move and activate, one tab stop.
    await page.getByRole('tab', { name: 'Groei' }).press('ArrowRight');
    await expect(page.getByRole('tab', { name: 'Provincies' })).toBeFocused();
    await expect(page.getByRole('tab', { name: 'Provincies' })).toHaveAttribute('aria-selected', 'true');
    await expect(page.getByRole('tabpanel', { name: 'Provincies' })).toBeVisible();
    await page.keyboard.press('End');
    await expect(page.getByRole('tab', { name: 'Witte vlekken' })).toHaveAttribute('aria-selected', 'true');
    await expect.poll(() => params(page).get('analysis')).toBe('white-spots');
    await page.goBack();
    await expect(page.getByRole('tab', { name: 'Provincies' })).toHaveAttribute('aria-selected', 'true');
  });
});

test.describe('growth over time', () => {
  test('clicking a quarter on the chart moves the slider and the map; the slider’s quarter is marked', async ({ page }) => {
    await openApp(page, '/?analysis=growth');
    const chart = page.getByTestId('growth-chart');
    // The slider's quarter is the chart's current one.
    await expect(chartPoint(page, '2023 K4')).toHaveAttribute('aria-current', 'true');
    await chartPoint(page, '2020 K4').click();
    await expect(page.getByRole('slider', { name: /Kwartaal/ })).toHaveAttribute('aria-valuetext', '2020 K4');
    await waitForMapIdle(page);
    expect(await hook(page, (h) => h.versionId)).toBe('2019-01-01');
    expect(await hook(page, (h) => h.drawnCodes())).toContain('GM0003'); // Appingedam, before Eemsdelta
    await expect(chartPoint(page, '2020 K4')).toHaveAttribute('aria-current', 'true');
    await expect(chartPoint(page, '2023 K4')).not.toHaveAttribute('aria-current', 'true');

    // By keyboard: the points are one tab stop; arrows move, Enter chooses.
    const current = chart.getByRole('button', { name: /^2020 K4\. Nederland: / });
    await current.focus();
    await expect(page.getByTestId('chart-tooltip')).toContainText('2020 K4');
    await page.keyboard.press('ArrowRight');
    await expect(chart.getByRole('button', { name: /^2021 K1\. Nederland: / })).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(page.getByRole('slider', { name: /Kwartaal/ })).toHaveAttribute('aria-valuetext', '2021 K1');
    await waitForMapIdle(page);
    expect(await hook(page, (h) => h.versionId)).toBe('2021-01-01');
  });

  test('published figures are marked points with their source on hover and on keyboard focus; the target is a reference line', async ({ page }) => {
    await openApp(page, '/?analysis=growth');
    await page.getByRole('radio', { name: 'Organisaties die deelnemen' }).check();
    const chart = page.getByTestId('growth-chart');
    await expect(chart.getByText('Doel: 129 in 2021 K4')).toBeVisible();
    await page.getByRole('radio', { name: 'IDO-locaties (open)' }).check();
    const point = chart.getByRole('button', { name: /^Gepubliceerd cijfer 2020 K4: 73 / });
    await point.hover();
    await expect(page.getByTestId('chart-tooltip')).toContainText('Bron: https://www.bibliotheeknetwerk.nl');
    await page.mouse.move(0, 0);
    await expect(page.getByTestId('chart-tooltip')).toHaveCount(0);
    await point.focus();
    await expect(page.getByTestId('chart-tooltip')).toContainText('Peildatum 31 december 2020');
    await page.keyboard.press('Enter');
    await expect(page.getByRole('slider', { name: /Kwartaal/ })).toHaveAttribute('aria-valuetext', '2020 K4');
  });

  test('draws the selected province and municipality beside the country', async ({ page }) => {
    await openApp(page, '/?analysis=growth&region=PV20&municipality=GM1979');
    const chart = page.getByTestId('growth-chart');
    await expect(chart.locator('path.line-province')).toHaveCount(1);
    await expect(chart.locator('path.line-municipality')).toHaveCount(1);
    await expect(page.getByTestId('growth-description')).toContainText('Groningen:');
    await expect(page.getByTestId('growth-description')).toContainText('Eemsdelta: 0 van 3 gemeenten'); // its three predecessors in 2019
  });

  for (const [year, q] of [[2020, 4], [2022, 2], [2023, 4]] as const) {
    test(`every number of the chart equals the table and the CSV downloads (${year} K${q})`, async ({ page }) => {
      await openApp(page, `/?analysis=growth&quarter=${year}-Q${q}`);
      const point = chartPoint(page, `${year} K${q}`);
      const value = Number(await point.getAttribute('data-value'));
      const label = (await point.getAttribute('aria-label'))!;
      await page.getByRole('tabpanel').getByRole('button', { name: 'Tabel tonen' }).click();
      const cell = await page.getByTestId('growth-table').getByRole('row', { name: new RegExp(`^${year} K${q} `) }).locator('td[data-series="national"]').innerText();
      expect(label).toContain(cell);

      // The download of the quarter under the map: every municipality with "bereikt".
      const rows = await csvRows(await download(page, `Download CSV (${year} K${q}, IDO)`));
      const reached = rows.filter((r) => r['bereikt'] === '1').length;
      expect(value).toBeCloseTo(reached / rows.length, 10);
      expect(cell).toContain(`${reached.toLocaleString('nl-NL')} van ${rows.length} gemeenten`);
      await expect(page.getByTestId('totals').locator('[data-total="municipalities"] .value')).toHaveText(reached.toLocaleString('nl-NL'));

      // The series download holds the same counts.
      const series = await csvRows(await download(page, 'Download CSV (reeks)'));
      const row = series.find((r) => r['kwartaal'] === `${year}-Q${q}` && r['gebied_code'] === 'NL')!;
      expect(Number(row['gemeenten_bereikt'])).toBe(reached);
      expect(Number(row['gemeenten_totaal'])).toBe(rows.length);
      expect(Number(row['inwoners_bereikt'])).toBe(rows.filter((r) => r['bereikt'] === '1').reduce((sum, r) => sum + Number(r['inwoners'] || 0), 0));
    });
  }
});

test.describe('provinces', () => {
  test('choosing a province zooms the map to it and filters the totals and the legend; the region is in the URL', async ({ page }) => {
    await openApp(page);
    const zoomBefore = (await hook(page, (h) => h.mapZoom()))!;
    const nationalTotal = await hook(page, (h) => h.totals!.municipalities.total);
    await page.getByRole('combobox', { name: 'Gebied' }).selectOption({ label: 'Utrecht' });
    await expect.poll(() => params(page).get('region')).toBe('PV26');
    await expect.poll(() => hook(page, (h) => h.mapZoom()), { timeout: 10_000 }).toBeGreaterThan(zoomBefore + 1);
    await waitForMapIdle(page);

    // The totals are Utrecht's: as many municipalities as the table lists for Utrecht.
    await page.getByRole('button', { name: 'Tabel tonen' }).first().click();
    await page.getByRole('combobox', { name: 'Provincie' }).selectOption({ label: 'Utrecht' });
    const inTable = (await page.locator('#coverage-table').getByRole('table').getByRole('row').count()) - 1;
    const totals = await hook(page, (h) => h.totals!.municipalities);
    expect(totals.total).toBe(inTable);
    expect(totals.total).toBeLessThan(nationalTotal);
    await expect(page.getByTestId('totals').getByRole('heading')).toContainText('Utrecht, 2023 K4');
    expect(await legendTotal(page)).toBe(inTable);
    await expect(page.getByTestId('map-summary')).toContainText('Utrecht:');

    // Back to the whole country: zoomed out, national totals.
    await page.getByRole('combobox', { name: 'Gebied' }).selectOption({ label: 'Heel Nederland' });
    await expect.poll(() => hook(page, (h) => h.totals!.municipalities.total)).toBe(nationalTotal);
    await expect.poll(() => hook(page, (h) => h.mapZoom()), { timeout: 10_000 }).toBeLessThan(zoomBefore + 0.5);
    expect(params(page).get('region')).toBeNull();
  });

  test('the bars are sortable and a bar selects its province; the bar values are the table’s and the CSV’s', async ({ page }) => {
    await openApp(page, '/?analysis=provinces&quarter=2021-Q4');
    const bars = page.getByTestId('province-bars');
    // Each bar is a button named "Zeeland: 6 van 13 gemeenten bereikt (46%), …".
    const barNames = async () => (await bars.getByRole('button').all()).map((bar) => bar.getAttribute('aria-label'));
    const shares = async () => (await Promise.all(await barNames())).map((name) => Number(/\((\d+)\s?%\)/.exec(name!)![1]));
    const descending = await shares();
    expect(descending).toEqual([...descending].sort((a, b) => b - a));
    await page.getByRole('combobox', { name: 'Sorteren op' }).selectOption({ label: 'Naam (A–Z)' });
    const names = (await Promise.all(await barNames())).map((name) => name!.split(':')[0]!);
    expect(names).toEqual([...names].sort((a, b) => a.localeCompare(b, 'nl')));

    await bars.getByRole('button', { name: /^Zeeland: / }).click();
    await expect(bars.getByRole('button', { name: /^Zeeland: / })).toHaveAttribute('aria-pressed', 'true');
    await expect.poll(() => params(page).get('region')).toBe('PV29');
    const totals = await hook(page, (h) => h.totals!.municipalities);
    await expect(bars.getByRole('button', { name: /^Zeeland: / })).toHaveAttribute('aria-label', new RegExp(`: ${totals.covered} van ${totals.total} gemeenten`));

    await page.getByRole('tabpanel').getByRole('button', { name: 'Tabel tonen' }).click();
    const cell = await page.getByTestId('provinces-table').locator('tr[data-province="PV29"] td[data-column="municipalities"]').innerText();
    expect(cell).toContain(`${totals.covered} van ${totals.total} gemeenten`);
    const rows = await csvRows(await download(page, /Download CSV \(provincies/));
    const zeeland = rows.find((r) => r['provincie_code'] === 'PV29')!;
    expect([Number(zeeland['gemeenten_bereikt']), Number(zeeland['gemeenten_totaal'])]).toEqual([totals.covered, totals.total]);

    // The same bar again: the whole country.
    await bars.getByRole('button', { name: /^Zeeland: / }).press('Enter');
    await expect.poll(() => params(page).get('region')).toBeNull();
  });
});

test.describe('change since a quarter', () => {
  test('the change tab puts the map in its change mode, with counts in the legend and both quarters in the URL', async ({ page }) => {
    await openApp(page, '/?quarter=2021-Q1&analysis=growth');
    await page.getByRole('tab', { name: 'Wijzigingen' }).click();
    await page.getByRole('combobox', { name: 'Vergelijk met kwartaal' }).selectOption({ label: '2020 K4' });
    await expect.poll(() => params(page).get('compare')).toBe('2020-Q4');
    expect(params(page).get('quarter')).toBe('2021-Q1');
    await waitForMapIdle(page);

    await expect(legend(page).getByRole('heading')).toHaveText('Wijzigingen IDO, 2020 K4 → 2021 K1');
    const counts: Record<string, number> = Object.fromEntries(
      await Promise.all(
        (await legend(page).locator('[data-category]').all()).map(
          async (item) => [await item.getAttribute('data-category'), Number((await item.getByTestId('legend-count').innerText()).replace(/\D/g, ''))] as const,
        ),
      ),
    );
    // Every municipality of the 2021 map has a change category, including those merged in 2021.
    expect(Object.values(counts).reduce((a, b) => a + b, 0)).toBe(await hook(page, (h) => h.drawnCodes().length));
    expect(counts['change-new']).toBeGreaterThan(0);
    const table = page.getByTestId('change-counts');
    for (const [category, count] of Object.entries(counts)) await expect(table.locator(`tr[data-category="${category}"] td[data-column="municipalities"]`)).toHaveText(String(count));
    await expect(page.getByTestId('change-summary')).toContainText(`${counts['change-new']} gemeenten nieuw bereikt`);
    await expect(page.getByTestId('change-summary')).toContainText('via een herindeling');
    const pixels = await countMapColours(page, { new: CATEGORY_COLOURS['change-new'], kept: CATEGORY_COLOURS['change-kept'] });
    expect(pixels.new).toBeGreaterThan(200);
    expect(pixels.kept).toBeGreaterThan(200);

    await page.getByRole('button', { name: 'Vergelijking uitzetten' }).click();
    await expect(legend(page).getByRole('heading')).toHaveText('Legenda: Informatiepunt Digitale Overheid');
    expect(params(page).get('compare')).toBeNull();
  });

  test('a link with compare opens the change mode; a bad one says so and shows the plain map', async ({ page }) => {
    await openApp(page, '/?quarter=2022-Q2&compare=2020-Q4&lang=en');
    await expect(legend(page).getByRole('heading')).toHaveText('Changes IDO, 2020 Q4 → 2022 Q2');
    await expect(page.getByTestId('map-summary')).toContainText('newly reached');
    await openApp(page, '/?compare=2020-Q9');
    await expect(page.getByTestId('url-notices')).toContainText('Het vergelijkingskwartaal “2020-Q9”');
    await expect(legend(page).getByRole('heading')).toHaveText('Legenda: Informatiepunt Digitale Overheid');
  });
});

test.describe('white spots', () => {
  test('lists the municipalities no programme reaches, largest first; a click selects one on the map; the CSV holds the same', async ({ page }) => {
    await openApp(page, '/?analysis=white-spots&quarter=2021-Q4');
    const table = page.getByTestId('white-spots-table');
    const rows = table.locator('tbody tr');
    // The analysis is built after the first map (ExploreLayout): wait for its rows before counting them.
    await expect(rows.first()).toBeVisible();
    const count = await rows.count();
    expect(count).toBeGreaterThan(0);
    await expect(page.getByTestId('white-spots-summary')).toContainText(`${count} van `);
    const populations = (await table.locator('td[data-column="population"]').allInnerTexts()).map((text) => Number(text.replace(/\D/g, '')) || -1);
    expect(populations).toEqual([...populations].sort((a, b) => b - a));

    const rowsCsv = await csvRows(await download(page, 'Download CSV (witte vlekken, 2021 K4)'));
    expect(rowsCsv.map((r) => r['gemeente_code'])).toEqual(await rows.evaluateAll((list) => list.map((row) => row.getAttribute('data-code'))));
    // They are the municipalities the combined map shows as "none of the programmes".
    await page.getByRole('radio', { name: 'Aantal programma’s' }).check();
    await expect(legend(page).locator('[data-category="reach-0"]').getByTestId('legend-count')).toHaveText(legendCountText(count));

    const first = rows.first().getByRole('button');
    const name = await first.innerText();
    await first.click();
    await expect(page.getByTestId('detail-panel').getByRole('heading', { level: 2 })).toHaveText(name);
  });
});

test.describe('embeds and small screens', () => {
  test('the embed has no analysis unless the link asks for it; its region filters the legend', async ({ page }) => {
    await openApp(page, '/?embed=1&region=PV26');
    await expect(page.getByTestId('analysis')).toHaveCount(0);
    expect(await legendTotal(page)).toBeLessThan(50);
    await openApp(page, '/?embed=1&analysis=provinces&region=PV26');
    await expect(page.getByTestId('analysis')).toBeVisible();
    await expect(page.getByRole('button', { name: 'Analyse verbergen' })).toHaveCount(0);
    await expect(page.getByTestId('province-bars').getByRole('button', { name: /^Utrecht: / })).toHaveAttribute('aria-pressed', 'true');
  });

  test('the Embed dialog offers the open analysis view and the province on screen', async ({ page }) => {
    await openApp(page, '/?analysis=provinces&region=PV29');
    await clickHeaderAction(page, 'Insluiten');
    const dialog = page.getByRole('dialog', { name: 'Kaart insluiten op een website' });
    const code = dialog.getByRole('textbox', { name: 'Code' });
    await expect(code).toHaveValue(/embed=1&amp;region=PV29"/);
    await dialog.getByRole('checkbox', { name: 'Analyse meenemen (Provincies)' }).check();
    await expect(code).toHaveValue(/embed=1&amp;region=PV29&amp;analysis=provinces"/);
    await expect(dialog.frameLocator('iframe').getByTestId('province-bars')).toBeVisible();
  });

  for (const tab of ['growth', 'provinces', 'change', 'white-spots']) {
    test(`the ${tab} view fits 320 px without scrolling sideways`, async ({ page }) => {
      await page.setViewportSize({ width: 320, height: 700 });
      await openApp(page, `/?analysis=${tab}&quarter=2021-Q4&compare=2020-Q4&region=PV20`);
      await expect(page.getByRole('tabpanel')).toBeVisible();
      await page.getByRole('tabpanel').locator('svg, table').first().waitFor();
      expect(await page.getByTestId('analysis').evaluate((el) => el.getBoundingClientRect().right)).toBeLessThanOrEqual(320);
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
    });
  }
});
