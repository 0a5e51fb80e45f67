import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { expect, test, type FrameLocator, type Page } from '@playwright/test';
import { loadLanguage, translate } from '../../src/lib/i18n/translate';
import { openApp, printPage, readHook, clickHeaderAction } from './helpers';

// The host is a second origin (its own server on another loopback port, which
// sends no CORS header) that embeds the app as the Embed dialog's snippet does
// (a plain iframe), or in a sandboxed iframe without allow-same-origin.
const pages = new Map<string, string>();
let server: Server;
let HOST = '';

test.beforeAll(async () => {
  await loadLanguage('en'); // the English table is a chunk of its own, loaded on demand here as in the app
  server = createServer((request, response) => {
    const body = pages.get(request.url ?? '');
    // Only a content type: no Access-Control-* header, as a plain static server.
    response.writeHead(body ? 200 : 404, { 'Content-Type': 'text/html; charset=utf-8' });
    response.end(body ?? 'not found');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  HOST = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
test.afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

const MAP_NAME = /^(Kaart van Nederland|Map of the Netherlands)/;
const frameMap = (frame: FrameLocator) => frame.getByRole('application', { name: MAP_NAME }).or(frame.getByRole('region', { name: MAP_NAME })).first();

/**
 * The app's server without any CORS header: every response from the app's
 * origin passes through with Access-Control-* taken out, so the embed is
 * shown as any static server would serve it. Returns the headers seen.
 */
async function serveAppWithoutCors(page: Page, appOrigin: string): Promise<string[]> {
  const seen: string[] = [];
  await page.route(`${appOrigin}/**`, async (route) => {
    const response = await route.fetch();
    const headers = Object.fromEntries(Object.entries(response.headers()).filter(([name]) => !name.startsWith('access-control-')));
    await route.fulfill({ response, headers });
  });
  page.on('response', (response) => {
    for (const name of Object.keys(response.headers())) if (name.startsWith('access-control-')) seen.push(`${response.url()}: ${name}`);
  });
  return seen;
}

/** The frame's height on the host page and the height of the embed's content inside it. */
async function heights(page: Page, frame: FrameLocator): Promise<{ frame: number; content: number }> {
  return {
    frame: await page.locator('#map').evaluate((el) => el.getBoundingClientRect().height),
    content: await frame.getByTestId('embed-content').evaluate((el) => el.getBoundingClientRect().height),
  };
}

/** Waits until embed.js has sized the frame to the content (within 4 px); returns the heights. */
async function frameFitsContent(page: Page, frame: FrameLocator): Promise<{ frame: number; content: number }> {
  await expect.poll(async () => { const h = await heights(page, frame); return Math.abs(h.frame - h.content); }, { timeout: 15_000 }).toBeLessThanOrEqual(4);
  return heights(page, frame);
}

/** A click at the centre of a box by the mouse alone (a locator's click would scroll the host page to its target first). */
async function clickAt(page: Page, box: { x: number; y: number; width: number; height: number } | null) {
  expect(box).not.toBeNull();
  const viewport = page.viewportSize()!;
  const x = box!.x + box!.width / 2;
  const y = box!.y + box!.height / 2;
  // The target is on screen: the click needs no scrolling.
  expect(y).toBeGreaterThan(0);
  expect(y).toBeLessThan(viewport.height);
  await page.mouse.click(x, y);
}

/** Opens the app at `path`, then the Embed dialog; `choose` sets its options; returns the snippet. */
async function snippetFromDialog(page: Page, path: string, choose: (dialog: ReturnType<Page['getByRole']>) => Promise<void> = async () => {}): Promise<string> {
  await openApp(page, path);
  await clickHeaderAction(page, 'Insluiten');
  const dialog = page.getByRole('dialog', { name: 'Kaart insluiten op een website' });
  await choose(dialog);
  return dialog.getByRole('textbox', { name: 'Code' }).inputValue();
}

for (const [width, renderer] of [[1200, 'auto'], [375, 'auto'], [1200, 'webgl']] as const) {
  test(`the dialog's snippet on another origin without CORS at ${width} px (${renderer}): the map shows, the frame follows its content both ways, clicks never scroll the host page`, async ({ page, baseURL }) => {
    test.setTimeout(120_000);
    const appOrigin = new URL(baseURL!).origin;
    // The app's server sends no CORS header in this test, from the first request on.
    const corsHeaders = await serveAppWithoutCors(page, appOrigin);
    await page.setViewportSize({ width, height: 900 });
    let snippet = await snippetFromDialog(page, '/?indicator=sek', async (dialog) => {
      await dialog.getByRole('combobox', { name: 'Inzoomen op' }).selectOption({ label: 'Utrecht' });
    });
    expect(snippet).not.toMatch(/sandbox/);
    if (renderer === 'webgl') snippet = snippet.replace('embed=1', 'embed=1&amp;renderer=webgl');

    const requests: string[] = [];
    page.on('request', (request) => requests.push(request.url()));
    // A host page taller than the window, with the snippet between long texts.
    pages.set('/host.html', `<!doctype html><html lang="nl"><head><title>Host</title></head><body style="margin:0">
        <h1>Gemeentesite</h1><div style="height:1500px">Nieuws</div>
        ${snippet}
        <div style="height:2500px">Meer nieuws</div></body></html>`);
    await page.goto(`${HOST}/host.html`);
    await page.evaluate(() => window.scrollTo(0, document.querySelector('iframe')!.getBoundingClientRect().top + window.scrollY - 40));
    await page.locator('iframe').evaluate((el) => (el.id = 'map'));

    const frame = page.frameLocator('#map');
    await expect(frame.getByRole('heading', { level: 1 })).toContainText('Sociaal-educatieve kaart');
    await expect(frame.getByTestId('example-banner')).toBeVisible();
    await expect(frame.getByRole('heading', { name: /Legenda/ })).toBeVisible();
    await expect(frame.getByRole('slider', { name: /Kwartaal/ })).toBeVisible();
    await expect(frame.getByRole('radio')).toHaveCount(0); // options are fixed by the link
    await expect(frameMap(frame)).toBeVisible({ timeout: 30_000 });
    if (renderer === 'webgl') await expect(frame.getByTestId('svg-map')).toHaveCount(0, { timeout: 30_000 });
    const mapFrame = page.frame({ url: /embed=1/ })!;
    await mapFrame.evaluate(() => window.__BBV__!.whenIdle());

    // The full map, in a new window, and the source line in the embed's language.
    const fullMap = frame.getByRole('link', { name: /Volledige kaart openen/ });
    await expect(fullMap).toHaveAttribute('target', '_blank');
    await expect(fullMap).toHaveAttribute('rel', /noopener/);
    const fullUrl = new URL((await fullMap.getAttribute('href'))!);
    expect([fullUrl.origin, fullUrl.searchParams.get('embed'), fullUrl.searchParams.get('indicator'), fullUrl.searchParams.get('region')]).toEqual([appOrigin, null, 'sek', 'PV26']);
    await expect(frame.getByRole('contentinfo')).toContainText(translate('nl', 'source.example'));

    // embed.js sized the frame to the content.
    const closed = await frameFitsContent(page, frame);
    expect(closed.frame).toBeGreaterThan(400);

    // The host page scrolled so that the map's lower half is at the bottom of the window: the details will open below it, out of sight.
    const viewportHeight = page.viewportSize()!.height;
    const mapBox = (await frame.getByTestId('map').boundingBox())!;
    await page.evaluate((by) => window.scrollBy(0, by), Math.round(mapBox.y + mapBox.height - (viewportHeight - 10)));
    await page.waitForTimeout(300); // the scroll has settled
    let scrollY = await page.evaluate(() => window.scrollY);
    expect(scrollY).toBeGreaterThan(1000);

    // A click on the map opens the municipality's details inside the embed (focus on their heading): the frame grows, the host page stays put.
    await clickAt(page, await frame.getByTestId('map').boundingBox().then((box) => box && { ...box, y: box.y + box.height / 2, height: box.height / 2 }));
    const details = frame.getByTestId('detail-panel');
    await expect(details.getByRole('heading', { level: 2 })).toBeFocused();
    expect((await details.getByRole('heading', { level: 2 }).boundingBox())!.y).toBeGreaterThan(viewportHeight); // focused out of sight, not scrolled to
    const open = await frameFitsContent(page, frame);
    expect(open.frame).toBeGreaterThan(closed.frame + 100);
    expect(await page.evaluate(() => window.scrollY)).toBe(scrollY);

    // The reader scrolls down to the details; clicks in them (the library organisation, then close) leave the host page where it is; the frame shrinks back.
    await page.evaluate((by) => window.scrollBy(0, by), Math.round((await details.boundingBox())!.y - 40));
    await page.waitForTimeout(300);
    scrollY = await page.evaluate(() => window.scrollY);
    const organisation = details.getByRole('listitem').getByRole('button').first();
    const organisationName = await organisation.innerText();
    await clickAt(page, await organisation.boundingBox());
    await expect(details.getByRole('heading', { level: 2 })).toHaveText(organisationName);
    await frameFitsContent(page, frame);
    expect(await page.evaluate(() => window.scrollY)).toBe(scrollY);
    await clickAt(page, await details.getByRole('button', { name: 'Sluiten' }).boundingBox());
    await expect(details).toHaveCount(0);
    await expect.poll(async () => (await heights(page, frame)).frame).toBeLessThan(open.frame);
    const after = await frameFitsContent(page, frame);
    expect(Math.abs(after.frame - closed.frame)).toBeLessThanOrEqual(4);
    expect(await page.evaluate(() => window.scrollY)).toBe(scrollY);

    if (width === 375) {
      // A phone turned sideways and back: the frame follows the content each way.
      await page.setViewportSize({ width: 812, height: 375 });
      const sideways = await frameFitsContent(page, frame);
      await page.setViewportSize({ width: 375, height: 812 });
      await expect.poll(async () => (await heights(page, frame)).frame).not.toBe(sideways.frame);
      const back = await frameFitsContent(page, frame);
      expect(Math.abs(back.frame - closed.frame)).toBeLessThanOrEqual(4);
    }

    expect(corsHeaders).toEqual([]);
    const foreign = requests.filter((url) => !url.startsWith(appOrigin) && !url.startsWith(HOST) && !url.startsWith('data:') && !url.startsWith('blob:'));
    expect(foreign).toEqual([]);
    expect(requests.some((url) => url.startsWith(`${appOrigin}/generated/geo/`))).toBe(true);
  });
}

test('the Embed dialog makes an English SEK 2021 Q4 embed in four interactions, and the app behind it keeps its view', async ({ page }) => {
  await openApp(page, '/');
  const before = { url: page.url(), app: await readHook(page, (h) => [h.app.language, h.app.indicator, h.app.quarter, h.app.theme, h.app.region]) };
  let interactions = 0;
  await clickHeaderAction(page, 'Insluiten');
  interactions++;
  const dialog = page.getByRole('dialog', { name: 'Kaart insluiten op een website' });
  await dialog.getByRole('combobox', { name: 'Indicator', exact: true }).selectOption({ label: translate('nl', 'indicator.sek') });
  interactions++;
  await dialog.getByRole('combobox', { name: 'Kwartaal', exact: true }).selectOption({ label: '2021 K4' });
  interactions++;
  await dialog.getByRole('combobox', { name: 'Taal', exact: true }).selectOption({ label: 'English' });
  interactions++;
  expect(interactions).toBeLessThanOrEqual(4);

  await expect(dialog.getByRole('textbox', { name: 'Code' })).toHaveValue(/lang=en/); // once the English table is there
  const snippet = await dialog.getByRole('textbox', { name: 'Code' }).inputValue();
  const src = new URL(/<iframe src="([^"]+)"/.exec(snippet)![1]!.replaceAll('&amp;', '&'));
  expect(Object.fromEntries(src.searchParams)).toEqual({ indicator: 'sek', quarter: '2021-Q4', lang: 'en', embed: '1' });
  expect(/title="([^"]+)"/.exec(snippet)![1]).toContain(translate('en', 'indicator.sek'));

  // The live preview is that embed, in English throughout (its source line too), with its link to the full map.
  const preview = dialog.frameLocator('iframe');
  await expect(preview.getByRole('heading', { level: 1 })).toHaveText(`${translate('en', 'app.title')}: ${translate('en', 'indicator.sek')}, 2021 Q4`);
  await expect(preview.getByRole('contentinfo')).toContainText(translate('en', 'source.example'));
  await expect(preview.getByRole('contentinfo')).not.toContainText('voorbeelddata');
  const fullMap = new URL((await preview.getByRole('link', { name: /Open the full map/ }).getAttribute('href'))!);
  expect(Object.fromEntries(fullMap.searchParams)).toEqual({ indicator: 'sek', quarter: '2021-Q4', lang: 'en' });

  // The app behind the dialog has not changed: language, indicator, quarter, address.
  await expect(page.getByRole('heading', { level: 1 }).first()).toHaveText(translate('nl', 'app.title'));
  await page.keyboard.press('Escape');
  await expect(dialog).toHaveCount(0);
  expect({ url: page.url(), app: await readHook(page, (h) => [h.app.language, h.app.indicator, h.app.quarter, h.app.theme, h.app.region]) }).toEqual(before);
  await expect(page.getByRole('radio', { name: new RegExp(translate('nl', 'indicator.ido')) })).toBeChecked();
});

test('an embed opened on a municipality shows its details without taking focus, and has no accessibility violations', async ({ page }) => {
  const { axeViolations } = await import('./helpers');
  await openApp(page, '/?embed=1&municipality=GM0344&lang=en&indicator=sek');
  const details = page.getByTestId('detail-panel');
  await expect(details.getByRole('heading', { level: 2 })).toHaveText('Utrecht');
  expect(await page.evaluate(() => document.activeElement === document.body)).toBe(true);
  expect(await axeViolations(page)).toEqual([]);
  await page.keyboard.press('Escape');
  await expect(details).toHaveCount(0);
});

test('an embed prints the sentence that describes its map, without controls or the export picture', async ({ page }) => {
  await openApp(page, '/?embed=1&quarter=2021-Q2');
  const printView = await printPage(page);
  await expect(printView).toBeVisible();
  await expect(printView.locator('p')).toContainText('2021 K2');
  await expect(printView.locator('svg')).toHaveCount(0);
  await expect(page.getByRole('slider')).toBeHidden();
  await page.evaluate(() => window.dispatchEvent(new Event('afterprint')));
  await page.emulateMedia({ media: 'screen' });
  await expect(printView.locator('p')).toHaveCount(0);
});

test('the embed works at a fixed height without the host script and hides the slider when asked', async ({ page, baseURL }) => {
  const appOrigin = new URL(baseURL!).origin;
  pages.set(
    '/fixed.html',
    `<!doctype html><html lang="en"><head><title>Host</title></head><body>
        <iframe id="map" title="BBV-kaart" src="${appOrigin}/?embed=1&slider=0&quarter=2020-Q4&lang=en" sandbox="allow-scripts" style="width:600px;height:700px;border:0"></iframe></body></html>`,
  );
  await page.goto(`${HOST}/fixed.html`);
  const frame = page.frameLocator('#map');
  await expect(frame.getByRole('heading', { level: 1 })).toContainText('2020 Q4');
  await expect(frame.getByRole('slider')).toHaveCount(0);
  await expect(frame.getByRole('application', { name: /^(Kaart van Nederland|Map of the Netherlands)/ }).or(frame.getByRole('region', { name: /^(Kaart van Nederland|Map of the Netherlands)/ })).first()).toBeVisible({ timeout: 20_000 });
  expect(await page.locator('#map').evaluate((el) => el.getBoundingClientRect().height)).toBe(700);
});

test('the Embed dialog builds the snippet from the current view, with a preview', async ({ page }) => {
  await openApp(page, '/?indicator=belastingdienst&quarter=2021-Q3');
  await clickHeaderAction(page, 'Insluiten');
  const dialog = page.getByRole('dialog', { name: 'Kaart insluiten op een website' });
  await expect(dialog).toBeVisible();
  const code = dialog.getByRole('textbox', { name: 'Code' });
  await expect(code).toHaveValue(/\?indicator=belastingdienst&amp;quarter=2021-Q3&amp;embed=1"/);
  await dialog.getByRole('checkbox', { name: 'Tijdschuif tonen' }).uncheck();
  await dialog.getByRole('combobox', { name: 'Inzoomen op' }).selectOption({ label: 'Zeeland' });
  await expect(code).toHaveValue(/embed=1&amp;slider=0&amp;region=PV29"/);
  await expect(code).toHaveValue(/<script src="http:\/\/127\.0\.0\.1:\d+\/embed\.js" async><\/script>/);
  const preview = dialog.frameLocator('iframe');
  await expect(preview.getByRole('heading', { level: 1 })).toContainText('Samenwerking Belastingdienst, 2021 K3');
  await expect(preview.getByRole('slider')).toHaveCount(0);
  await page.keyboard.press('Escape');
  await expect(dialog).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Insluiten' })).toBeFocused();
});

test('on a hostile host page only the map’s own frame is resized', async ({ page, baseURL }) => {
  const appOrigin = new URL(baseURL!).origin;
  // An "ad" on the host's origin that keeps asking to be 3,999 px high in the map's message format.
  pages.set('/ad.html', `<!doctype html><html lang="nl"><head><title>Ad</title></head><body><script>
      setInterval(() => parent.postMessage({ type: 'bbv-kaart:height', height: 3999 }, '*'), 50);
    </script></body></html>`);
  pages.set(
    '/hostile.html',
    `<!doctype html><html lang="nl"><head><title>Host</title></head><body>
        <iframe id="ad" title="Advertentie" src="${HOST}/ad.html" style="width:300px;height:150px;border:0"></iframe>
        <iframe id="map" title="BBV-kaart" src="${appOrigin}/?embed=1" loading="lazy" style="width:100%;height:300px;border:0"></iframe>
        <script>
          // Every height any frame is given, in order.
          window.heights = { ad: [], map: [] };
          new MutationObserver((records) => records.forEach((r) => window.heights[r.target.id].push(r.target.style.height)))
            .observe(document.body, { attributes: true, attributeFilter: ['style'], subtree: true });
        </script>
        <script src="${appOrigin}/embed.js"></script></body></html>`,
  );
  await page.goto(`${HOST}/hostile.html`);
  const map = page.locator('#map');
  const heightOf = (id: string) => page.locator(`#${id}`).evaluate((el) => (el as HTMLIFrameElement).style.height);
  // The map's own report is obeyed.
  await expect.poll(async () => parseInt(await heightOf('map'), 10), { timeout: 20_000 }).toBeGreaterThan(400);

  // Forged: from the host page itself (another origin, not a frame); from the map's origin but another window
  // (a frame inside the map's frame); heights that are not finite numbers, from the map's own window.
  await page.evaluate(() => window.postMessage({ type: 'bbv-kaart:height', height: 3998 }, '*'));
  const mapFrame = page.frame({ url: /embed=1/ })!;
  await mapFrame.evaluate(() => document.body.append(Object.assign(document.createElement('iframe'), { title: 'inner' })));
  await expect.poll(() => mapFrame.childFrames().length).toBe(1);
  await mapFrame.childFrames()[0]!.evaluate(() => window.parent.parent.postMessage({ type: 'bbv-kaart:height', height: 3997 }, '*'));
  await mapFrame.evaluate(() => {
    for (const height of ['3996', Number.NaN, Number.POSITIVE_INFINITY, -5, null]) window.parent.postMessage({ type: 'bbv-kaart:height', height }, '*');
  });
  // Then a real report from the map's own window: once it is applied, every message before it has been handled.
  await mapFrame.evaluate(() => window.parent.postMessage({ type: 'bbv-kaart:height', height: 777 }, '*'));
  await expect.poll(() => heightOf('map')).toBe('777px');

  const heights = await page.evaluate(() => (window as unknown as { heights: { ad: string[]; map: string[] } }).heights);
  expect(heights.ad).toEqual([]);
  expect(await heightOf('ad')).toBe('150px');
  expect(heights.map.filter((h) => ['3999px', '3998px', '3997px', '3996px', '4000px', '200px'].includes(h))).toEqual([]);
  expect(await map.evaluate((el) => el.getBoundingClientRect().height)).toBe(777);
});
