import { expect, test } from '@playwright/test';
import { axeViolations, legend, legendCountText, openApp, openWithMapLibre, waitForMapIdle, webglMap, openSettings, clickHeaderAction } from './helpers';

for (const [language, theme] of [['nl', 'light'], ['en', 'light'], ['nl', 'dark'], ['en', 'projector']] as const) {
  test.describe(`axe-core, ${language}, ${theme} theme`, () => {
    test.beforeEach(async ({ page }) => {
      await openApp(page, `/?lang=${language}&theme=${theme}`);
      await expect(page.locator('html')).toHaveAttribute('data-theme', theme);
    });

    test('the map view has no WCAG 2.1 AA violations', async ({ page }) => {
      expect(await axeViolations(page)).toEqual([]);
    });

    test('the detail panels and the table have no violations', async ({ page }) => {
      // Three axe runs, one over a 345-row table: over a minute on a loaded machine.
      test.slow();
      const search = page.getByRole('combobox', { name: language === 'nl' ? 'Zoek een gemeente' : 'Find a municipality' });
      await search.fill('Utrecht');
      await search.press('Enter');
      await expect(page.getByTestId('detail-panel')).toBeVisible();
      expect(await axeViolations(page)).toEqual([]);
      await page.getByTestId('detail-panel').getByRole('list').first().getByRole('button').first().click();
      expect(await axeViolations(page)).toEqual([]);
      await page.getByRole('button', { name: language === 'nl' ? 'Tabel tonen' : 'Show table' }).click();
      expect(await axeViolations(page)).toEqual([]);
    });
  });
}

test('keyboard only: find by alias, read details, change quarter, switch indicator, open the table', async ({ page }) => {
  await openApp(page);
  // Tab to the search box.
  const search = page.getByRole('combobox', { name: 'Zoek een gemeente' });
  for (let i = 0; i < 20 && !(await search.evaluate((el) => el === document.activeElement)); i++) await page.keyboard.press('Tab');
  await expect(search).toBeFocused();
  await page.keyboard.type('Den Bosch');
  await expect(page.getByRole('option', { name: /'s-Hertogenbosch/ })).toBeVisible();
  await page.keyboard.press('Enter');
  const panel = page.getByTestId('detail-panel');
  await expect(panel.getByRole('heading', { level: 2 })).toHaveText("'s-Hertogenbosch");
  await expect(panel.getByRole('heading', { level: 2 })).toBeFocused();
  await expect(panel.locator('[data-programme="ido"]')).toContainText('Informatiepunt Digitale Overheid');

  // The slider: Tab until it has focus, then step back a year.
  const slider = page.getByRole('slider', { name: /Kwartaal/ });
  for (let i = 0; i < 40 && !(await slider.evaluate((el) => el === document.activeElement)); i++) await page.keyboard.press('Tab');
  await expect(slider).toBeFocused();
  await page.keyboard.press('Shift+ArrowLeft');
  await expect(slider).toHaveAttribute('aria-valuetext', '2022 K4');
  await expect(panel.getByRole('heading', { level: 2 })).toHaveText("'s-Hertogenbosch");

  // The indicator radio group, by keyboard.
  const radio = page.getByRole('radio', { name: 'Informatiepunt Digitale Overheid' });
  // The quarter step above settles first (its history entry is written after the frame).
  await waitForMapIdle(page);
  await radio.focus();
  await expect(radio).toBeFocused();
  await page.keyboard.press('ArrowRight');
  await expect(page.getByRole('radio', { name: 'Sociaal-educatieve kaart' })).toBeChecked();
  await expect(page.getByTestId('map-summary')).toContainText('sociaal-educatieve kaart');

  // The table: its toggle by Enter, then a municipality from the table by keyboard.
  const toggle = page.getByRole('button', { name: 'Tabel tonen' });
  await toggle.focus();
  await page.keyboard.press('Enter');
  // The coverage table (the reconcile panel beside the totals is a table too).
  const table = page.locator('#coverage-table').getByRole('table');
  await expect(table).toBeVisible();
  await expect(table.getByRole('row')).toHaveCount(345); // header + 344 municipalities in 2022 K4
  await table.getByRole('button', { name: 'Utrecht', exact: true }).focus();
  await page.keyboard.press('Enter');
  await expect(panel.getByRole('heading', { level: 2 })).toHaveText('Utrecht');
});

test('arrow keys on the map move the selection to a neighbour and announce it', async ({ page }) => {
  // MapLibre's canvas by keyboard (the SVG map's keys: nowebgl.spec.ts).
  await openWithMapLibre(page);
  const search = page.getByRole('combobox', { name: 'Zoek een gemeente' });
  await search.fill('Utrecht');
  await search.press('Enter');
  await waitForMapIdle(page);
  await webglMap(page).focus();
  await page.keyboard.press('ArrowDown');
  await expect(page.getByTestId('selection-announcement')).toHaveText(/^Geselecteerd: Nieuwegein, /);
  await expect(page.getByTestId('detail-panel').getByRole('heading', { level: 2 })).toHaveText('Nieuwegein');
  await webglMap(page).focus();
  await page.keyboard.press('ArrowUp');
  await expect(page.getByTestId('selection-announcement')).toHaveText(/^Geselecteerd: Utrecht, /);
});

test('the table holds the same numbers as the legend and can be sorted and filtered', async ({ page }) => {
  await openApp(page);
  await page.getByRole('button', { name: 'Tabel tonen' }).click();
  // The coverage table (the reconcile panel beside the totals is a table too).
  const table = page.locator('#coverage-table').getByRole('table');
  // Rows after the first slice come in the next frames (ui/renderedSlice): the table is busy until every one is there.
  await expect(table).toHaveAttribute('aria-busy', 'false');
  const legendCount = await legend(page).locator('[data-category="ido-in-municipality"]').getByTestId('legend-count').innerText();
  const rowsWithIdo = await table.locator('td[data-column="ido"]', { hasText: 'IDO in de gemeente' }).count();
  expect(legendCount).toBe(legendCountText(rowsWithIdo));
  await page.getByRole('combobox', { name: 'Provincie' }).selectOption({ label: 'Utrecht' });
  await expect(table.getByRole('row')).toHaveCount(27); // header + 26 municipalities in 2023
  await table.getByRole('button', { name: /Inwoners/ }).click();
  await expect(table.getByRole('columnheader', { name: /Inwoners/ })).toHaveAttribute('aria-sort', 'descending');
  await expect(table.getByRole('row').nth(1).getByRole('rowheader')).toHaveText('Utrecht');
});

test('the table starts filtered on the province chosen for the app, and follows it', async ({ page }) => {
  await openApp(page, '/?region=PV26');
  await page.getByRole('button', { name: 'Tabel tonen' }).click();
  const table = page.locator('#coverage-table').getByRole('table');
  const filter = page.locator('#coverage-table').getByRole('combobox', { name: 'Provincie' });
  await expect(filter).toHaveValue('PV26');
  const provinces = await table.locator('tbody tr td:nth-child(2)').allInnerTexts();
  expect(provinces.length).toBeGreaterThan(0);
  expect(new Set(provinces)).toEqual(new Set(['Utrecht']));
  await page.getByRole('combobox', { name: 'Gebied' }).selectOption({ label: 'Groningen' });
  await expect(filter).toHaveValue('PV20');
  await expect(table.locator('tbody tr td:nth-child(2)').first()).toHaveText('Groningen');
});

test('no message key is shown untranslated, in either language', async ({ page }) => {
  const { nl } = await import('../../src/lib/i18n/allNl');
  const keys = Object.keys(nl);
  await openApp(page);
  await page.getByRole('combobox', { name: 'Zoek een gemeente' }).fill('Utrecht');
  await page.keyboard.press('Enter');
  await page.getByRole('button', { name: 'Tabel tonen' }).click();
  for (const language of ['nl', 'en']) {
    await openSettings(page);
    await page.getByRole('combobox', { name: /Taal|Language/ }).selectOption(language);
    const text = await page.locator('body').innerText();
    expect(keys.filter((key) => text.includes(key))).toEqual([]);
    expect(text).not.toMatch(/\{[a-z]+\}/); // an unfilled placeholder
  }
});

test('patterns tell categories apart without colour, on the map and in the legend', async ({ page }) => {
  const { countMapColours, goToQuarter } = await import('./helpers');
  await openApp(page);
  await goToQuarter(page, 2020, 4);
  await page.getByRole('radio', { name: 'Sociaal-educatieve kaart' }).check();
  await waitForMapIdle(page);
  const { CATEGORY_COLOURS } = await import('../../src/lib/scales/palette');
  const national = async () => (await countMapColours(page, { national: CATEGORY_COLOURS['sek-national'] })).national!;
  const nationalBefore = await national();
  await page.getByRole('checkbox', { name: 'Patronen op de kaart (niet alleen kleur)' }).check();
  await waitForMapIdle(page);
  // Dots cover part of every "national website" municipality: fewer pixels keep the plain colour.
  expect(await national()).toBeLessThan(nationalBefore * 0.85);
  await expect(page.locator('[data-category="sek-national"] .swatch')).toHaveClass(/dots/);
  expect(await axeViolations(page)).toEqual([]);
});

for (const [language, theme] of [['nl', 'light'], ['en', 'dark']] as const) {
  test(`the embed has no violations (${language}, ${theme})`, async ({ page }) => {
    await openApp(page, `/?embed=1&indicator=combined&lang=${language}&theme=${theme}`);
    expect(await axeViolations(page)).toEqual([]);
  });
}

test('the Embed dialog has no violations and keeps focus inside', async ({ page }) => {
  await openApp(page);
  await clickHeaderAction(page, 'Insluiten');
  const dialog = page.getByRole('dialog', { name: 'Kaart insluiten op een website' });
  await expect(dialog).toBeVisible();
  expect(await axeViolations(page)).toEqual([]);
  // The page behind the modal dialog is inert: Tab never reaches it (it may pass to the browser's own UI, which is the body here).
  for (let i = 0; i < 14; i++) {
    await page.keyboard.press('Tab');
    const outside = await page.evaluate(() => {
      const active = document.activeElement;
      return active !== null && active !== document.body && !active.closest('dialog');
    });
    expect(outside).toBe(false);
  }
});
