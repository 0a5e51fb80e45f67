import { expect, test, type Page } from '@playwright/test';
import { axeViolations, legend, legendCountText, openApp, openWithMapLibre, printPage, readHook, waitForMapIdle, webglMap, stopPageClock, clickHeaderAction } from './helpers';

const quarterShown = (page: Page) => page.getByTestId('presentation-quarter');
/** The play button says whether it plays (aria-pressed), as a screen reader hears it. */
const playButton = (page: Page) => page.getByTestId('presentation-controls').getByRole('button', { name: /^(Afspelen|Pauzeren)$/ });
const inPresentation = (page: Page) => page.getByTestId('presentation-controls');

test.describe('presentation mode at 1920 × 1080', () => {
  test.use({ viewport: { width: 1920, height: 1080 } });

  test('opens from the button: fullscreen, projector theme, large type, everything on screen without hovering', async ({ page }) => {
    await openApp(page, '/?municipality=GM0344');
    await clickHeaderAction(page, 'Presenteren');
    await expect(quarterShown(page)).toHaveText('2023 K4');
    await expect.poll(() => new URL(page.url()).searchParams.get('mode')).toBe('present');
    await expect.poll(() => page.evaluate(() => document.fullscreenElement !== null)).toBe(true);
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'projector');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Informatiepunt Digitale Overheid');

    // Large type, readable from the back of a room: the root size grows with the screen.
    const sizes = await page.evaluate(() => ({
      root: parseFloat(getComputedStyle(document.documentElement).fontSize),
      quarter: parseFloat(getComputedStyle(document.querySelector('[data-testid="presentation-quarter"]')!).fontSize),
    }));
    expect(sizes.root).toBeGreaterThanOrEqual(20);
    expect(sizes.quarter).toBeGreaterThanOrEqual(60);

    // What a tooltip would say is on screen: legend with counts, totals, the selected municipality.
    const totals = (await readHook(page, (h) => h.totals))!;
    await expect(legend(page).getByRole('listitem').filter({ hasText: 'IDO in de gemeente' }).getByTestId('legend-count')).toHaveText(legendCountText(totals.municipalities.covered));
    await expect(page.getByTestId('presentation-totals')).toContainText(`${totals.municipalities.covered} van ${totals.municipalities.total}`);
    await expect(page.getByTestId('presentation-selected')).toContainText('Utrecht');
    await expect(page.getByTestId('presentation-selected')).toContainText('IDO in de gemeente');
    await expect(page.getByRole('note').filter({ hasText: 'Voorbeelddata' })).toBeVisible();
    // No dashboard chrome.
    await expect(page.getByRole('button', { name: 'Tabel tonen' })).toHaveCount(0);
    await expect(page.getByRole('combobox', { name: 'Zoek een gemeente' })).toHaveCount(0);
  });

  test('keyboard: arrows and PageUp/PageDown step quarters, Home/End jump, Space plays and pauses, Escape leaves fullscreen and the mode', async ({ page }) => {
    await openWithMapLibre(page);
    await clickHeaderAction(page, 'Presenteren');
    await expect(quarterShown(page)).toHaveText('2023 K4');
    await page.keyboard.press('Home');
    await expect(quarterShown(page)).toHaveText('2019 K1');
    await page.keyboard.press('ArrowRight');
    await expect(quarterShown(page)).toHaveText('2019 K2');
    await page.keyboard.press('PageDown');
    await expect(quarterShown(page)).toHaveText('2019 K3');
    await page.keyboard.press('ArrowLeft');
    await expect(quarterShown(page)).toHaveText('2019 K2');
    await page.keyboard.press('PageUp');
    await page.keyboard.press('PageUp');
    await expect(quarterShown(page)).toHaveText('2019 K1'); // stays at the first quarter
    await page.keyboard.press('End');
    await expect(quarterShown(page)).toHaveText('2023 K4');
    await waitForMapIdle(page);

    // Notes of the quarter, from annotaties.csv, for the indicator on screen.
    for (let i = 0; i < 11; i++) await page.keyboard.press('ArrowLeft');
    await expect(quarterShown(page)).toHaveText('2021 K1');
    await expect(page.getByTestId('presentation-notes')).toHaveText('Landelijke tv- en online campagne IDO');
    await page.keyboard.press('ArrowLeft');
    await expect(page.getByTestId('presentation-notes')).toHaveText('Bibliotheekconvenant 2020–2023 bekrachtigd');

    await page.keyboard.press(' ');
    await expect(playButton(page)).toHaveAttribute('aria-pressed', 'true');
    await expect(playButton(page)).toHaveAccessibleName('Pauzeren');
    await page.keyboard.press(' ');
    await expect(playButton(page)).toHaveAttribute('aria-pressed', 'false');

    // On the map the arrows pan (or move a selection): they do not step the quarter. The slide's map is a new one:
    // MapLibre takes over from its SVG map once loaded (on a loaded machine that may take a while), so wait for it.
    await expect(page.getByTestId('svg-map')).toHaveCount(0, { timeout: 30_000 });
    const before = await quarterShown(page).innerText();
    await webglMap(page).focus();
    await expect(webglMap(page)).toBeFocused();
    await page.keyboard.press('ArrowRight');
    await expect(quarterShown(page)).toHaveText(before);

    await expect.poll(() => page.evaluate(() => document.fullscreenElement !== null)).toBe(true);
    await page.keyboard.press('Escape');
    await expect.poll(() => page.evaluate(() => document.fullscreenElement !== null)).toBe(false);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('BBV-kaart');
    expect(new URL(page.url()).searchParams.get('mode')).toBeNull();
    await expect(page.locator('html')).not.toHaveAttribute('data-theme', 'projector');
  });

  test('autoplay starts only on Start, from the chosen quarter at the chosen speed', async ({ page }) => {
    await openApp(page, '/?mode=present');
    await expect(quarterShown(page)).toHaveText('2023 K4');
    // The page's clock from here on: time passes only when the test says so.
    await stopPageClock(page);
    // A link does not start playing by itself.
    await page.clock.runFor(5_000);
    await expect(quarterShown(page)).toHaveText('2023 K4');
    await expect(playButton(page)).toHaveAttribute('aria-pressed', 'false');

    await page.getByRole('button', { name: 'Afspelen vanaf…' }).click();
    const dialog = page.getByRole('dialog', { name: 'Automatisch afspelen' });
    await expect(dialog).toBeVisible();
    await dialog.getByRole('combobox', { name: 'Beginnen bij' }).selectOption({ label: '2020 K2' });
    await dialog.getByRole('radio', { name: /^Snel/ }).check();
    // Escape closes only the dialog, not presentation mode.
    await page.keyboard.press('Escape');
    await expect(dialog).toBeHidden();
    await expect(inPresentation(page)).toBeVisible();

    await page.getByRole('button', { name: 'Afspelen vanaf…' }).click();
    await dialog.getByRole('combobox', { name: 'Beginnen bij' }).selectOption({ label: '2020 K2' });
    await dialog.getByRole('radio', { name: /^Snel/ }).check();
    await dialog.getByRole('button', { name: 'Start' }).click();
    await expect(dialog).toBeHidden();
    // The start quarter stays on screen for one interval (0.4 s at "Snel"), then the quarters step on.
    await expect(quarterShown(page)).toHaveText('2020 K2');
    await expect(playButton(page)).toHaveAttribute('aria-pressed', 'true');
    expect(await readHook(page, (h) => h.app.playSpeed)).toBe('fast');
    await page.clock.runFor(300);
    await expect(quarterShown(page)).toHaveText('2020 K2');
    await page.clock.runFor(2_000);
    await expect(quarterShown(page)).not.toHaveText(/^2020 K[23]$/);
    await page.keyboard.press(' ');
    await expect(playButton(page)).toHaveAttribute('aria-pressed', 'false');
  });
});

test('a presentation prints its slide as the export picture, without controls', async ({ page }) => {
  await openApp(page, '/?mode=present&quarter=2021-Q1');
  const printView = await printPage(page);
  await expect(printView).toBeVisible();
  const municipalities = (await readHook(page, (h) => h.totals))!.municipalities.total;
  await expect(printView.locator('svg path[data-code]')).toHaveCount(municipalities);
  await expect(printView).toContainText('2021 K1');
  await expect(page.getByTestId('presentation-controls')).toBeHidden();
});

test('a slide can be exported from presentation mode; Escape closes the dialog, not the presentation', async ({ page }) => {
  await openApp(page, '/?mode=present&quarter=2020-Q4');
  await page.getByTestId('presentation-controls').getByRole('button', { name: 'Exporteren' }).click();
  const dialog = page.getByRole('dialog', { name: 'Kaart exporteren' });
  await expect(dialog).toBeVisible();
  const [download] = await Promise.all([page.waitForEvent('download'), dialog.getByRole('button', { name: 'Download PNG' }).click()]);
  expect(download.suggestedFilename()).toMatch(/^bbv-kaart-ido-2020-Q4-\d+x\d+\.png$/);
  await page.keyboard.press('Escape');
  await expect(dialog).toHaveCount(0);
  await expect(inPresentation(page)).toBeVisible();
  await expect(quarterShown(page)).toHaveText('2020 K4');
});

test('a browser that refuses fullscreen still presents, and says so', async ({ page }) => {
  await page.addInitScript(() => {
    Element.prototype.requestFullscreen = () => Promise.reject(new TypeError('Permissions check failed'));
  });
  await openApp(page);
  await clickHeaderAction(page, 'Presenteren');
  await expect(quarterShown(page)).toBeVisible();
  await expect(page.getByRole('status').filter({ hasText: 'Volledig scherm is hier niet beschikbaar' })).toBeVisible();
  await expect(inPresentation(page)).toBeVisible();
  await page.getByRole('button', { name: 'Sluiten', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('BBV-kaart');
});

test('users who ask for less motion get the slowest speed preselected', async ({ page }) => {
  await page.emulateMedia({ reducedMotion: 'reduce' });
  await openApp(page, '/?mode=present&lang=en');
  await page.getByRole('button', { name: 'Play from…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Autoplay' });
  await expect(dialog.getByRole('radio', { name: /^Slow/ })).toBeChecked();
  await expect(dialog).toContainText('Your system asks for less motion');
});

test('a link restores presentation mode with its quarter, language and selection; Back returns to the dashboard', async ({ page }) => {
  await openApp(page);
  await page.goto('/?mode=present&quarter=2021-Q1&lang=en&municipality=GM0344');
  await waitForMapIdle(page);
  await expect(quarterShown(page)).toHaveText('2021 Q1');
  await expect(page.getByTestId('presentation-notes')).toHaveText('National TV and online IDO campaign');
  await expect(page.getByTestId('presentation-selected')).toContainText('Utrecht');
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'projector');
  await page.getByRole('button', { name: 'Close', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('BBV map');
  await page.goBack();
  await expect(quarterShown(page)).toHaveText('2021 Q1');
});

for (const [language, theme] of [['nl', 'projector'], ['en', 'projector'], ['nl', 'light'], ['en', 'dark']] as const) {
  test(`presentation mode has no WCAG 2.1 AA violations (${language}, ${theme})`, async ({ page }) => {
    const themeParam = theme === 'projector' ? '' : `&theme=${theme}`;
    await openApp(page, `/?mode=present&lang=${language}&municipality=GM0344&quarter=2021-Q1${themeParam}`);
    await expect(page.locator('html')).toHaveAttribute('data-theme', theme);
    expect(await axeViolations(page)).toEqual([]);
    await page.getByRole('button', { name: language === 'nl' ? 'Afspelen vanaf…' : 'Play from…' }).click();
    await expect(page.getByRole('dialog')).toBeVisible();
    expect(await axeViolations(page)).toEqual([]);
  });
}

test('a broken annotations file says so in presentation mode; the map and the rest keep working', async ({ page }) => {
  await page.route('**/generated/data/annotaties.csv', (route) => route.fulfill({ contentType: 'text/csv', body: 'kwartaal,indicator,tekst_nl,tekst_en\n2021-Q1,bibliotheek,a,b\n' }));
  await openApp(page, '/?mode=present&quarter=2021-Q1');
  await expect(page.getByRole('status').filter({ hasText: 'De annotaties konden niet worden geladen' })).toContainText('annotaties.csv row 2, indicator');
  await expect(page.getByTestId('presentation-notes')).toHaveText('');
  await expect(page.getByTestId('presentation-totals')).toBeVisible();
  await page.keyboard.press('ArrowRight');
  await expect(quarterShown(page)).toHaveText('2021 K2');
});
