/**
 * Offline after the first visit: the service worker (Workbox, precache) serves
 * the app shell, every boundary version, the data and the analysis chunk, so a
 * reload without network still steps through everything. Own data is never
 * cached, and a new deploy waits for the user's reload.
 */
import { createHash } from 'node:crypto';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { startStaticServer } from '../../scripts/lib/staticServer';
import { axeViolations, collectErrors, openApp, waitForFirstMap, waitForMapIdle, type AppHook, clickHeaderAction } from './helpers';

test.use({ serviceWorkers: 'allow' });
const appHook = (page: Page) => page.evaluate(() => {
  const h = (window as unknown as { __BBV__: AppHook }).__BBV__;
  return { quarter: h.app.quarter, indicator: h.app.indicator, versionId: h.versionId, wanted: h.wantedVersionId };
});

/**
 * Until the service worker has installed (precached everything), controls the
 * page, and every file the page loaded from its own origin is in a cache.
 */
async function waitForServiceWorker(page: Page): Promise<void> {
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
    const used = () =>
      performance
        .getEntriesByType('resource')
        .map((entry) => new URL(entry.name))
        .filter((url) => url.origin === location.origin && !url.pathname.endsWith('/sw.js') && !url.pathname.includes('/templates/'));
    const uncached = async () => (await Promise.all(used().map(async (url) => ((await caches.match(url.href, { ignoreSearch: true })) ? null : url.pathname)))).filter(Boolean);
    while (!navigator.serviceWorker.controller || (await uncached()).length > 0) await new Promise((resolve) => setTimeout(resolve, 100));
  });
}

test('after one visit the app reloads offline and shows every quarter, indicator and the analysis', async ({ page, context }) => {
  test.slow();
  const errors = collectErrors(page);
  await openApp(page);
  await waitForServiceWorker(page);

  await context.setOffline(true);
  await page.reload();
  await waitForFirstMap(page);

  // Every quarter, by keyboard on the slider: each boundary version comes from the cache.
  const slider = page.getByRole('slider', { name: 'Kwartaal' });
  await slider.focus();
  await slider.press('Home');
  const versions = new Set<string>();
  for (let step = 0; step < 20; step++) {
    if (step > 0) await slider.press('ArrowRight');
    await waitForMapIdle(page);
    const state = await appHook(page);
    expect(state.versionId).toBe(state.wanted);
    versions.add(state.versionId!);
  }
  expect(await slider.getAttribute('aria-valuetext')).toBe('2023 K4');
  expect([...versions].sort()).toEqual(['2019-01-01', '2021-01-01', '2022-01-01', '2022-03-24', '2023-01-01']);

  // Every indicator.
  for (const name of ['Sociaal-educatieve kaart', 'Samenwerking Belastingdienst', 'Aantal programma’s', 'Informatiepunt Digitale Overheid']) {
    await page.getByRole('radio', { name }).check();
    await waitForMapIdle(page);
    await expect(page.getByRole('heading', { name: /Legenda/ })).toBeVisible();
  }

  // The analysis: its chunk and every view.
  await page.getByRole('button', { name: 'Analyse tonen' }).click();
  await expect(page.getByTestId('growth-chart').locator('circle.point')).toHaveCount(20);
  for (const tab of ['Provincies', 'Wijzigingen', 'Witte vlekken']) {
    await page.getByRole('tab', { name: tab }).click();
    await expect(page.getByRole('tabpanel', { name: tab })).toBeVisible();
  }
  await expect(page.getByRole('alert')).toHaveCount(0);
  expect(errors).toEqual([]);
});

test('an embed seen once also opens offline', async ({ page, context }) => {
  const errors = collectErrors(page);
  await openApp(page, '/?embed=1&indicator=sek&region=PV26');
  await waitForServiceWorker(page);
  await context.setOffline(true);
  await page.reload();
  await waitForFirstMap(page);
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Sociaal-educatieve kaart');
  await expect(page.getByRole('heading', { name: /Legenda/ })).toBeVisible();
  expect(errors).toEqual([]);
});

test('own data loaded from an address is never cached; the app and its data are', async ({ page }) => {
  await openApp(page);
  await waitForServiceWorker(page);
  await clickHeaderAction(page, 'Gegevens laden');
  const dialog = page.getByRole('dialog', { name: /Gegevens laden/ });
  await dialog.getByLabel(/Of laad vanaf een adres/).fill('generated/templates/voorbeeld/');
  await dialog.getByRole('button', { name: 'Laden vanaf adres' }).click();
  await expect(dialog.getByText('Geen fouten gevonden')).toBeVisible({ timeout: 30_000 });
  await dialog.getByRole('button', { name: 'Deze gegevens tonen' }).click();
  await waitForMapIdle(page);

  const cached = await page.evaluate(async () => {
    const urls: string[] = [];
    for (const name of await caches.keys()) for (const request of await (await caches.open(name)).keys()) urls.push(new URL(request.url).pathname);
    return urls;
  });
  expect(cached.filter((path) => path.includes('/templates/'))).toEqual([]);
  expect(cached).toContain('/generated/data/dataset.json');
  expect(cached).toContain('/generated/data/map-table.json');
  expect(cached).toContain('/generated/geo/gemeenten-2019-01-01.topojson');
  expect(cached.some((path) => /\/assets\/AnalysisPanels-[^/]+\.js$/.test(path))).toBe(true);
});

test('a new deploy is announced quietly, in the language on screen, and taken on when the user reloads', async ({ page }) => {
  // A copy of dist/ on a server of its own, so the test can deploy a new version into it.
  const root = mkdtempSync(join(tmpdir(), 'bbv-deploy-'));
  // The build Playwright serves (with the test hook).
  cpSync('dist-e2e', root, { recursive: true });
  const server = await startStaticServer(0, { '/': root });
  try {
    await openApp(page, `${server.base}?lang=en`);
    await waitForServiceWorker(page);
    await expect(page.getByTestId('update-notice')).toHaveCount(0);

    // The new deploy: another index.html, and the service worker that precaches it.
    const html = readFileSync(join(root, 'index.html'), 'utf8').replace('<head>', '<head><meta name="bbv-deploy" content="2" />');
    writeFileSync(join(root, 'index.html'), html);
    const revision = createHash('md5').update(html).digest('hex');
    const sw = readFileSync(join(root, 'sw.js'), 'utf8');
    const updated = sw.replace(/\{url:"index\.html",revision:"[0-9a-f]+"\}/, `{url:"index.html",revision:"${revision}"}`);
    expect(updated).not.toBe(sw);
    writeFileSync(join(root, 'sw.js'), updated);
    await page.evaluate(async () => (await navigator.serviceWorker.getRegistration())!.update());

    const notice = page.getByRole('status').filter({ hasText: 'A new version of BBV-kaart is available.' });
    await expect(notice).toBeVisible({ timeout: 30_000 });
    // Quiet: it takes no focus, and the page stays as it was until the user chooses.
    await expect(notice.getByRole('button', { name: 'Reload' })).not.toBeFocused();
    expect(await page.locator('meta[name="bbv-deploy"]').count()).toBe(0);
    expect(await axeViolations(page)).toEqual([]);

    await notice.getByRole('button', { name: 'Reload' }).click();
    await expect(page.locator('meta[name="bbv-deploy"]')).toHaveCount(1, { timeout: 30_000 });
    await waitForFirstMap(page);
    await expect(page.getByTestId('update-notice')).toHaveCount(0);
  } finally {
    await server.close();
    rmSync(root, { recursive: true, force: true });
  }
});
