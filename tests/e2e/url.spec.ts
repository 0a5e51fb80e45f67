import { expect, test } from '@playwright/test';
import { goToQuarter, openApp, quarterSlider, readHook as hook, waitForMapIdle, stopPageClock, openSettings } from './helpers';

test('what the user chose is in the URL, and the URL restores it', async ({ page }) => {
  await openApp(page);
  expect(new URL(page.url()).search).toBe(''); // defaults are left out
  await page.getByRole('radio', { name: 'Sociaal-educatieve kaart' }).check();
  await goToQuarter(page, 2021, 2);
  const search = page.getByRole('combobox', { name: 'Zoek een gemeente' });
  await search.fill('Utrecht');
  await search.press('Enter');
  await openSettings(page);
  await page.getByRole('combobox', { name: 'Taal' }).selectOption('en');
  await page.getByRole('combobox', { name: 'Theme' }).selectOption('projector');
  await expect.poll(() => new URL(page.url()).search).toBe('?indicator=sek&quarter=2021-Q2&municipality=GM0344&lang=en&theme=projector');

  const shared = page.url();
  const other = await page.context().newPage();
  await openApp(other, shared);
  await expect(other.getByTestId('quarter-label')).toHaveText('2021 Q2');
  await expect(other.getByRole('radio', { name: 'Social-educational map' })).toBeChecked();
  await expect(other.getByTestId('detail-panel').getByRole('heading', { level: 2 })).toHaveText('Utrecht');
  await expect(other.locator('html')).toHaveAttribute('data-theme', 'projector');
  await expect(other.locator('html')).toHaveAttribute('lang', 'en');
  // The title says what is shown, so a tab or a bookmark names its map.
  await expect(other).toHaveTitle('BBV map: SEK, 2021 Q2');
  await expect(page).toHaveTitle('BBV map: SEK, 2021 Q2');
  expect(await hook(other, (h) => h.totals!.municipalities.covered)).toBe(await hook(page, (h) => h.totals!.municipalities.covered));
});

test('back and forward walk through the changes that matter', async ({ page }) => {
  await openApp(page);
  await page.getByRole('radio', { name: 'Sociaal-educatieve kaart' }).check();
  await page.getByRole('radio', { name: 'Samenwerking Belastingdienst' }).check();
  await page.goBack();
  await expect(page.getByRole('radio', { name: 'Sociaal-educatieve kaart' })).toBeChecked();
  await page.goBack();
  await expect(page.getByRole('radio', { name: 'Informatiepunt Digitale Overheid' })).toBeChecked();
  await page.goForward();
  await expect(page.getByRole('radio', { name: 'Sociaal-educatieve kaart' })).toBeChecked();
});

test('stepping the slider makes one history entry once it settles, not one per step', async ({ page }) => {
  await openApp(page);
  await stopPageClock(page);
  const slider = quarterSlider(page);
  await slider.focus();
  for (let i = 0; i < 3; i++) await slider.press('ArrowLeft');
  // The entry is replaced once steps pause for 250 ms (and the page clock is stopped): let that pass, not the settling time.
  await page.clock.runFor(400);
  await expect.poll(() => new URL(page.url()).searchParams.get('quarter')).toBe('2023-Q1');
  // The entry settles once the quarter has stayed put for 1.2 s.
  await page.clock.runFor(1_500);
  await page.goBack();
  await expect(page.getByTestId('quarter-label')).toHaveText('2023 K4');
});

for (const [search, message] of [
  ['?indicator=bibliotheek', /indicator “bibliotheek” in de link bestaat niet/],
  ['?quarter=2031-Q1', /Voor kwartaal 2031-Q1 zijn er geen gegevens/],
  ['?quarter=2020-Q9', /kwartaal “2020-Q9” in de link is niet geldig/],
  ['?quarter=2022-Q2&municipality=GM0457', /Gemeente GM0457 bestaat niet meer .*Amsterdam \(GM0363\)/],
  ['?municipality=GM9999', /gemeente “GM9999” uit de link bestond niet/],
  ['?organisation=ORG999', /organisatie “ORG999” uit de link komt niet voor/],
  ['?view=1,2,3', /kaartbeeld “1,2,3” in de link is niet geldig/],
  ['?lang=fr', /taal “fr” wordt niet ondersteund/],
  ['?theme=roze', /thema “roze” bestaat niet/],
  ['?mode=diavoorstelling', /weergave “diavoorstelling” in de link bestaat niet/],
] as const) {
  test(`a bad parameter ${search} gives a dismissable notice and a working app`, async ({ page }) => {
    await openApp(page, `/${search}`);
    const notices = page.getByTestId('url-notices');
    await expect(notices).toContainText(message);
    await expect(page.getByTestId('totals')).toBeVisible();
    expect(await hook(page, (h) => h.drawnCodes().length)).toBeGreaterThan(340);
    await notices.getByRole('button', { name: 'Melding sluiten' }).click();
    await expect(notices).toHaveCount(0);
  });
}

test('a moved map is kept in the URL and restored', async ({ page }) => {
  await openApp(page);
  const map = page.getByTestId('map');
  await map.hover();
  await page.mouse.wheel(0, -600);
  await expect.poll(() => new URL(page.url()).searchParams.get('view')).not.toBeNull();
  const view = new URL(page.url()).searchParams.get('view')!;
  const [, , zoom] = view.split(',').map(Number);
  const other = await page.context().newPage();
  await openApp(other, `/?view=${view}`);
  await waitForMapIdle(other);
  const restored = await hook(other, (h) => h.mapZoom());
  expect(restored).toBeCloseTo(zoom!, 1);
});

test('back and forward move the map to the view of that entry', async ({ page }) => {
  await openApp(page);
  const map = page.getByTestId('map');
  const zoomInUrl = () => Number(new URL(page.url()).searchParams.get('view')?.split(',')[2] ?? NaN);
  const mapZoom = () => hook(page, (h) => h.mapZoom());
  // A view in the first entry, then an indicator change (a new entry), then another view.
  await map.hover();
  await page.mouse.wheel(0, -400);
  await expect.poll(zoomInUrl).toBeGreaterThan(0);
  const firstZoom = zoomInUrl();
  await page.getByRole('radio', { name: 'Sociaal-educatieve kaart' }).check();
  await map.hover();
  await page.mouse.wheel(0, -600);
  await expect.poll(zoomInUrl).toBeGreaterThan(firstZoom + 0.3);
  const secondZoom = zoomInUrl();

  await page.goBack();
  await expect(page.getByRole('radio', { name: 'Informatiepunt Digitale Overheid' })).toBeChecked();
  await expect.poll(mapZoom).toBeCloseTo(firstZoom, 1);
  await page.goForward();
  await expect(page.getByRole('radio', { name: 'Sociaal-educatieve kaart' })).toBeChecked();
  await expect.poll(mapZoom).toBeCloseTo(secondZoom, 1);
});
