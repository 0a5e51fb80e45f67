import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { expect, test } from '@playwright/test';

// The host is a second origin (its own server on another loopback port) that
// embeds the app as the Embed dialog's snippet does (a plain iframe), or in a
// sandboxed iframe without allow-same-origin, which must work too.
const pages = new Map<string, string>();
let server: Server;
let HOST = '';

test.beforeAll(async () => {
  server = createServer((request, response) => {
    const body = pages.get(request.url ?? '');
    response.writeHead(body ? 200 : 404, { 'Content-Type': 'text/html; charset=utf-8' });
    response.end(body ?? 'not found');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  HOST = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
test.afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

for (const width of [375, 1200]) {
  test(`an embed on another origin at ${width} px draws, reports its height and stays on its origin`, async ({ page, baseURL }) => {
    const appOrigin = new URL(baseURL!).origin;
    const requests: string[] = [];
    page.on('request', (request) => requests.push(request.url()));
    pages.set(
      '/host.html',
      `<!doctype html><html lang="nl"><head><title>Host</title></head><body style="margin:0">
          <h1>Gemeentesite</h1>
          <iframe id="map" title="BBV-kaart" src="${appOrigin}/?embed=1&indicator=sek&region=PV26" loading="lazy" style="width:100%;height:300px;border:0"></iframe>
          <script src="${appOrigin}/embed.js"></script></body></html>`,
    );
    await page.setViewportSize({ width, height: 900 });
    await page.goto(`${HOST}/host.html`);

    const frame = page.frameLocator('#map');
    await expect(frame.getByRole('heading', { level: 1 })).toContainText('Sociaal-educatieve kaart');
    await expect(frame.getByTestId('example-banner')).toBeVisible();
    await expect(frame.getByRole('heading', { name: /Legenda/ })).toBeVisible();
    await expect(frame.getByRole('slider', { name: /Kwartaal/ })).toBeVisible();
    await expect(frame.getByRole('radio')).toHaveCount(0); // options are fixed by the link
    // The map drew inside the frame (SVG or MapLibre, whichever suits the machine).
    await expect(frame.getByRole('application', { name: /^(Kaart van Nederland|Map of the Netherlands)/ }).or(frame.getByRole('region', { name: /^(Kaart van Nederland|Map of the Netherlands)/ })).first()).toBeVisible({ timeout: 20_000 });

    // embed.js sized the iframe to the height the app reported.
    const iframe = page.locator('#map');
    await expect.poll(async () => iframe.evaluate((el) => parseInt((el as HTMLIFrameElement).style.height, 10)), { timeout: 15_000 }).toBeGreaterThan(400);
    const frameHeight = await iframe.evaluate((el) => el.getBoundingClientRect().height);
    const contentHeight = await frame.locator('html').evaluate((el) => el.scrollHeight);
    expect(Math.abs(frameHeight - contentHeight)).toBeLessThanOrEqual(2);

    const foreign = requests.filter((url) => !url.startsWith(appOrigin) && !url.startsWith(HOST) && !url.startsWith('data:') && !url.startsWith('blob:'));
    expect(foreign).toEqual([]);
    expect(requests.some((url) => url.startsWith(`${appOrigin}/generated/geo/`))).toBe(true);
  });
}

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
  const { openApp } = await import('./helpers');
  await openApp(page, '/?indicator=belastingdienst&quarter=2021-Q3');
  await page.getByRole('button', { name: 'Insluiten' }).click();
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
