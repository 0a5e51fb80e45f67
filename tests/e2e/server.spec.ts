/**
 * The server configurations of docs/deploy.md (deploy/nginx.conf,
 * deploy/Caddyfile), each run from Debian's package serving dist/: the
 * build's brotli and gzip copies are sent as they are, hashed files are
 * cached for a year and the rest revalidated, the CSP is a header (the
 * policy the app is tested under), MapLibre's module worker is served as
 * JavaScript, and the app and an embed on another origin work through it.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { createServer, request, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { startDeployServer, type RunningServer, type ServerKind } from './deployServers';

// The build Playwright serves (with the test hook the tests wait on), precompressed like dist/.
const DIST = 'dist-e2e';
import { collectErrors, STRICT_CSP, waitForFirstMap } from './helpers';

test.use({ serviceWorkers: 'allow' });

interface Raw {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: Buffer;
}

/** A GET that neither asks for nor decodes an encoding unless told: the bytes as sent. */
function get(url: string, acceptEncoding?: string): Promise<Raw> {
  return new Promise((resolve, reject) => {
    const req = request(url, { headers: acceptEncoding ? { 'Accept-Encoding': acceptEncoding } : {} }, (response) => {
      const chunks: Buffer[] = [];
      response.on('data', (chunk: Buffer) => chunks.push(chunk));
      response.on('end', () => resolve({ status: response.statusCode ?? 0, headers: response.headers, body: Buffer.concat(chunks) }));
    });
    req.on('error', reject);
    req.end();
  });
}

const asset = (pattern: RegExp) => {
  const name = readdirSync(join(DIST, 'assets')).find((f) => pattern.test(f));
  if (!name) throw new Error(`${DIST}/assets has no file matching ${pattern}: Playwright's web server builds it`);
  return `assets/${name}`;
};
const dist = (path: string) => readFileSync(join(DIST, path));

/** Watches the page and its frames for Content-Security-Policy violations. */
async function collectViolations(page: Page): Promise<string[]> {
  const violations: string[] = [];
  page.on('console', (message) => {
    if (/Content Security Policy|Refused to/i.test(message.text())) violations.push(message.text());
  });
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) => console.error(`Refused to load: ${event.violatedDirective} ${event.blockedURI}`));
  });
  return violations;
}

// The host of the embed: a page on another origin.
let host: Server;
let hostOrigin = '';
let hostPage = '';
test.beforeAll(async () => {
  host = createServer((_, response) => response.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' }).end(hostPage));
  await new Promise<void>((resolve) => host.listen(0, '127.0.0.1', resolve));
  hostOrigin = `http://127.0.0.1:${(host.address() as AddressInfo).port}`;
});
test.afterAll(() => new Promise<void>((resolve) => host.close(() => resolve())));

for (const kind of ['nginx', 'caddy'] as ServerKind[]) {
  test.describe(`served by ${kind} with the documented configuration`, () => {
    let server: RunningServer;
    test.beforeAll(async () => {
      server = await startDeployServer(kind, DIST);
    });
    test.afterAll(async () => {
      await server?.stop();
    });

    test('sends the precompressed copies, caches hashed files for a year and revalidates the rest, with the CSP as a header', async () => {
      const app = asset(/^index-.*\.js$/);
      const cases: { path: string; file: string; type: RegExp; cache: RegExp }[] = [
        { path: '', file: 'index.html', type: /^text\/html/, cache: /^no-cache$/ },
        { path: app, file: app, type: /javascript/, cache: /max-age=31536000.*immutable/ },
        { path: asset(/^index-.*\.css$/), file: asset(/^index-.*\.css$/), type: /^text\/css/, cache: /max-age=31536000/ },
        { path: asset(/^maplibre-gl-worker-.*\.mjs$/), file: asset(/^maplibre-gl-worker-.*\.mjs$/), type: /^text\/javascript/, cache: /max-age=31536000/ },
        { path: 'generated/geo/gemeenten-2023-01-01.topojson', file: 'generated/geo/gemeenten-2023-01-01.topojson', type: /^application\/json/, cache: /max-age=300\b/ },
        { path: 'generated/data/ido.csv', file: 'generated/data/ido.csv', type: /^text\/csv/, cache: /max-age=300\b/ },
        { path: 'sw.js', file: 'sw.js', type: /javascript/, cache: /^no-cache$/ },
        { path: 'embed.js', file: 'embed.js', type: /javascript/, cache: /^no-cache$/ },
      ];
      for (const { path, file, type, cache } of cases) {
        const url = `${server.origin}/${path}`;
        const br = await get(url, 'br, gzip');
        expect(br.status, url).toBe(200);
        expect(br.headers['content-encoding'], url).toBe('br');
        expect(br.body.equals(dist(`${file}.br`)), `${url}: the build's .br copy`).toBe(true);
        expect(String(br.headers['content-type']), url).toMatch(type);
        expect(String(br.headers['cache-control']), url).toMatch(cache);
        expect(br.headers['content-security-policy'], url).toBe(STRICT_CSP);
        expect(br.headers['x-frame-options'], `${url}: any site may embed the map`).toBeUndefined();

        const gz = await get(url, 'gzip');
        expect(gz.headers['content-encoding'], url).toBe('gzip');
        expect(gz.body.equals(dist(`${file}.gz`)), `${url}: the build's .gz copy`).toBe(true);
        expect(String(gz.headers['vary']), url).toMatch(/Accept-Encoding/i);

        const plain = await get(url);
        expect(plain.headers['content-encoding'], url).toBeUndefined();
        expect(plain.body.equals(dist(file)), url).toBe(true);
      }
      expect((await get(`${server.origin}/generated/niet-hier.csv`)).status).toBe(404);
    });

    test('the app runs through it under the header CSP, offline-capable, with the analysis', async ({ page }) => {
      const violations = await collectViolations(page);
      const errors = collectErrors(page);
      await page.goto(`${server.origin}/?quarter=2021-Q1`);
      await waitForFirstMap(page);
      await page.getByRole('button', { name: 'Analyse tonen' }).click();
      await expect(page.getByTestId('growth-chart').locator('circle.point')).toHaveCount(20);
      // The service worker registers and takes the page under the same policy.
      await page.evaluate(async () => {
        await navigator.serviceWorker.ready;
        while (!navigator.serviceWorker.controller) await new Promise((r) => setTimeout(r, 50));
      });
      expect(violations).toEqual([]);
      expect(errors).toEqual([]);
    });

    test('an embed on another origin draws, sizes itself and stays on its origin', async ({ page }) => {
      const violations = await collectViolations(page);
      const requests: string[] = [];
      page.on('request', (r) => requests.push(r.url()));
      hostPage = `<!doctype html><html lang="nl"><head><title>Gemeentesite</title></head><body style="margin:0">
        <h1>Gemeentesite</h1>
        <iframe id="map" title="BBV-kaart" src="${server.origin}/?embed=1&indicator=sek&region=PV26" style="width:100%;height:300px;border:0"></iframe>
        <script src="${server.origin}/embed.js"></script></body></html>`;
      await page.setViewportSize({ width: 375, height: 800 });
      await page.goto(`${hostOrigin}/`);
      const frame = page.frameLocator('#map');
      await expect(frame.getByRole('heading', { level: 1 })).toContainText('Sociaal-educatieve kaart');
      await expect(frame.getByRole('heading', { name: /Legenda/ })).toBeVisible();
      await expect(frame.getByTestId('map')).toBeVisible();
      await expect(frame.getByTestId('map').locator('canvas, svg[data-testid="svg-map"]').first()).toBeVisible({ timeout: 20_000 });
      // embed.js sized the iframe to the height the app reported.
      await expect.poll(async () => page.locator('#map').evaluate((el) => el.getBoundingClientRect().height), { timeout: 15_000 }).toBeGreaterThan(400);
      const foreign = requests.filter((url) => !url.startsWith(server.origin) && !url.startsWith(hostOrigin) && !/^(data|blob):/.test(url));
      expect(foreign).toEqual([]);
      expect(violations).toEqual([]);
    });
  });
}
