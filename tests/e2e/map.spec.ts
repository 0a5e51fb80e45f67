import { expect, test } from '@playwright/test';
import { CATEGORY_COLOURS } from '../../src/lib/scales/palette';
import { countMapColours, goToQuarter, openApp, openWithMapLibre, quarterSlider, readHook as hook, waitForMapIdle, webglMap, stopPageClock, openSettings } from './helpers';

test.describe('the map, end to end', () => {
  test('loads on the latest quarter and draws the IDO categories', async ({ page }) => {
    await openApp(page);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('BBV-kaart');
    await expect(page.getByTestId('example-banner')).toBeVisible();
    await expect(page.getByTestId('quarter-label')).toHaveText('2023 K4');
    const counts = await countMapColours(page, {
      inMunicipality: CATEGORY_COLOURS['ido-in-municipality'],
      elsewhere: CATEGORY_COLOURS['ido-elsewhere'],
    });
    // Most municipalities have an IDO by 2023: a large dark-blue area, and some lighter blue.
    expect(counts.inMunicipality).toBeGreaterThan(20_000);
    expect(counts.elsewhere).toBeGreaterThan(500);
    expect(await hook(page, (h) => h.drawnCodes().length)).toBe(342);
  });

  test('switching indicator changes colours, legend and totals', async ({ page }) => {
    await openApp(page);
    const idoTotals = await page.getByTestId('totals').innerText();
    await page.getByRole('radio', { name: 'Samenwerking Belastingdienst' }).check();
    await waitForMapIdle(page);
    const counts = await countMapColours(page, {
      partner: CATEGORY_COLOURS['bd-partner'],
      idoBlue: CATEGORY_COLOURS['ido-in-municipality'],
    });
    expect(counts.partner).toBeGreaterThan(20_000);
    expect(counts.idoBlue).toBe(0);
    await expect(page.getByRole('heading', { name: /Legenda: Samenwerking Belastingdienst/ })).toBeVisible();
    expect(await page.getByTestId('totals').innerText()).not.toBe(idoTotals);
  });

  test('changing quarter by keyboard changes colours and totals', async ({ page }) => {
    await openApp(page);
    const latest = await hook(page, (h) => h.totals!.openIdoLocations);
    await goToQuarter(page, 2019, 4);
    await expect(page.getByTestId('quarter-label')).toHaveText('2019 K4');
    const early = await hook(page, (h) => h.totals!.openIdoLocations);
    expect(early!).toBeLessThan(latest!);
    await expect(page.getByTestId('totals').locator('[data-total="ido-locations"] .value')).toHaveText(String(early));
    const counts = await countMapColours(page, { inMunicipality: CATEGORY_COLOURS['ido-in-municipality'] });
    const countsLatest = await (async () => {
      await page.getByRole('slider', { name: 'Kwartaal' }).press('End');
      await waitForMapIdle(page);
      return countMapColours(page, { inMunicipality: CATEGORY_COLOURS['ido-in-municipality'] });
    })();
    expect(counts.inMunicipality!).toBeLessThan(countsLatest.inMunicipality! / 3);
  });

  test('PageDown and PageUp step to the next and previous quarter (as a clicker), Shift+arrows a year; the slider speaks the quarter', async ({ page }) => {
    await openApp(page);
    const slider = page.getByRole('slider', { name: 'Kwartaal' });
    await slider.focus();
    await slider.press('PageUp');
    await expect(slider).toHaveAttribute('aria-valuetext', '2023 K3');
    await slider.press('PageDown');
    await slider.press('PageDown');
    await expect(slider).toHaveAttribute('aria-valuetext', '2023 K4'); // stays at the last quarter
    await slider.press('Shift+ArrowLeft');
    await expect(slider).toHaveAttribute('aria-valuetext', '2022 K4');
    await slider.press('Home');
    await expect(slider).toHaveAttribute('aria-valuetext', '2019 K1');
    await slider.press('Shift+ArrowRight');
    await expect(slider).toHaveAttribute('aria-valuetext', '2020 K1');
    await slider.press('PageDown');
    await expect(slider).toHaveAttribute('aria-valuetext', '2020 K2');
  });

  test('crossing a boundary change switches the municipalities drawn', async ({ page }) => {
    await openApp(page);
    const drawn = () => hook(page, (h) => h.drawnCodes());
    await goToQuarter(page, 2020, 4);
    expect(await drawn()).not.toContain('GM1979'); // Eemsdelta
    expect(await drawn()).toContain('GM0003'); // Appingedam
    expect((await drawn()).length).toBe(355);
    await goToQuarter(page, 2021, 1);
    expect(await drawn()).toContain('GM1979');
    expect(await drawn()).not.toContain('GM0003');
    await goToQuarter(page, 2022, 1);
    expect(await drawn()).toContain('GM0457'); // Weesp
    await goToQuarter(page, 2022, 2);
    expect(await drawn()).not.toContain('GM0457');
    expect((await drawn()).length).toBe(344);
  });

  test('play advances the quarter and pause stops it', async ({ page }) => {
    await openApp(page);
    const label = page.getByTestId('quarter-label');
    await quarterSlider(page).press('Home');
    await page.getByLabel('Snelheid').selectOption('fast');
    // The page's clock from here on: time passes only when the test says so.
    await stopPageClock(page);
    await page.getByRole('button', { name: 'Afspelen' }).click();
    await page.clock.runFor(5_000);
    await expect(label).not.toHaveText('2019 K1');
    await page.getByRole('button', { name: 'Pauzeren' }).click();
    const stopped = await label.innerText();
    await page.clock.runFor(5_000);
    await expect(label).toHaveText(stopped);
  });
});

test.describe('details', () => {
  test('a click opens the municipality, and from there its library organisation', async ({ page }) => {
    await openApp(page);
    const point = await hook(page, (h) => h.project(5.1214, 52.0907)); // Utrecht, Domplein
    await page.getByTestId('map').click({ position: point! });
    const panel = page.getByTestId('detail-panel');
    await expect(panel.getByRole('heading', { level: 2 })).toHaveText('Utrecht');
    await expect(panel).toContainText('Provincie');
    await expect(panel).toContainText('Utrecht');
    await expect(panel.locator('[data-programme="ido"]')).toContainText('sinds');
    const organisation = panel.getByRole('list').first().getByRole('button').first();
    const organisationName = await organisation.innerText();
    await organisation.click();
    await expect(panel.getByRole('heading', { level: 2 })).toHaveText(organisationName);
    await expect(panel).toContainText(/Werkgebied \(\d+ gemeenten?\)/);
    await expect(panel).toContainText(/Bibliotheeklocaties \(\d+\)/);
    await panel.getByRole('button', { name: /Terug naar Utrecht/ }).click();
    await expect(panel.getByRole('heading', { level: 2 })).toHaveText('Utrecht');
    await page.keyboard.press('Escape');
    await expect(panel).toHaveCount(0);
  });

  test('the keyboard opens the municipality in the map centre with Enter', async ({ page }) => {
    await openWithMapLibre(page);
    const canvas = webglMap(page);
    for (let i = 0; i < 40; i++) {
      await page.keyboard.press('Tab');
      if (await canvas.evaluate((el) => el === document.activeElement)) break;
    }
    await expect(canvas).toBeFocused();
    await expect(page.getByText(/Gemeente in het midden: .+\. Enter opent de details\./)).toBeAttached();
    await page.keyboard.press('Enter');
    const heading = page.getByTestId('detail-panel').getByRole('heading', { level: 2 });
    await expect(heading).toBeFocused();
    expect((await heading.innerText()).length).toBeGreaterThan(1);
  });
});

test.describe('privacy and language', () => {
  test('makes no request outside its own origin', async ({ page, baseURL }) => {
    const foreign: string[] = [];
    page.on('request', (request) => {
      const url = request.url();
      if (!url.startsWith(baseURL!) && !url.startsWith('data:') && !url.startsWith('blob:')) foreign.push(url);
    });
    await openApp(page);
    await goToQuarter(page, 2021, 1);
    await page.getByRole('radio', { name: 'Sociaal-educatieve kaart' }).check();
    await waitForMapIdle(page);
    expect(foreign).toEqual([]);
  });

  test('switches to English', async ({ page }) => {
    await openApp(page);
    await openSettings(page);
    await page.getByRole('combobox', { name: 'Taal' }).selectOption('en');
    await expect(page.getByTestId('quarter-label')).toHaveText('2023 Q4');
    await expect(page.getByRole('radio', { name: 'Tax Administration partnership' })).toBeVisible();
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  });
});

test('with reduced motion the play speed starts slow and nothing plays by itself', async ({ browser }) => {
  const context = await browser.newContext({ reducedMotion: 'reduce' });
  const page = await context.newPage();
  await openApp(page);
  await expect(page.getByLabel('Snelheid')).toHaveValue('slow');
  await page.clock.install();
  await page.clock.runFor(10_000);
  await expect(page.getByTestId('quarter-label')).toHaveText('2023 K4');
  await expect(page.getByRole('button', { name: 'Afspelen' })).toBeVisible();
  await context.close();
});
