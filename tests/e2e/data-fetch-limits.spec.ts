/**
 * Loading own data from an address that misbehaves, against local servers on
 * a second origin: one that streams endlessly (refused at the file limit,
 * while the page's heap stays under the load's limit plus 100 MB), one that never
 * answers (given up after the answer timeout, driven by Playwright's clock),
 * one that answers slowly but finishes, and one whose Content-Length is
 * wrong. The data on screen stays, and each limit names the address.
 *
 * The test server serves the built app (dist-e2e/) too, so the misbehaving
 * addresses are on the app's own site, as the app's Content-Security-Policy
 * (connect-src 'self') allows without changes.
 */
import { expect, test, type Page } from '@playwright/test';
import { createServer, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import { readFile } from 'node:fs/promises';
import { extname, join, normalize } from 'node:path';
import { REPO_ROOT } from '../../scripts/lib/readSharedGeo';
import { FETCH_LIMITS } from '../../src/lib/api/fetchDatasetFiles';
import { smallDataset } from '../fixtures/hostile/cases';
import { openApp, clickHeaderAction } from './helpers';

const MB = 1024 * 1024;
const FILE_LIMIT = FETCH_LIMITS.fileBytes;
// The files of one load are fetched side by side, each up to the file limit, so together they may hold up to the
// load's limit before one is refused: that, not one file's limit, bounds the page's memory.
const LOAD_LIMIT = FETCH_LIMITS.loadBytes;
let server: Server;
let HOST = '';
const sockets = new Set<Socket>();
const small = new Map(smallDataset().map((f) => [f.name, Buffer.from(f.bytes)]));

function endless(response: ServerResponse) {
  response.writeHead(200, { 'Content-Type': 'text/csv', 'Access-Control-Allow-Origin': '*' });
  const chunk = Buffer.from('ORG1,Bibliotheek,2020-Q1,,\n'.repeat(40_000));
  let sent = 0;
  const write = () => {
    // Bounded, so a broken limit cannot run forever: four times the file limit.
    while (!response.destroyed && sent < 4 * FILE_LIMIT) {
      sent += chunk.length;
      if (!response.write(chunk)) return void response.once('drain', write);
    }
    response.end();
  };
  response.write('organisatie_id,naam,vanaf,tot,opvolger_id\n');
  write();
}

const TYPES: Record<string, string> = { '.html': 'text/html', '.js': 'text/javascript', '.mjs': 'text/javascript', '.css': 'text/css', '.json': 'application/json', '.csv': 'text/csv', '.svg': 'image/svg+xml', '.png': 'image/png', '.topojson': 'application/json', '.webmanifest': 'application/manifest+json' };
const SCENARIOS = new Set(['endless', 'silent', 'slow', 'wrong-length']);

/** The app as the e2e suite builds it (dist-e2e/, with the test hook; playwright.config.ts), as a static host serves it. */
async function serveApp(path: string, response: ServerResponse) {
  const file = normalize(join(REPO_ROOT, 'dist-e2e', path === '/' ? 'index.html' : decodeURIComponent(path)));
  try {
    const body = await readFile(file);
    response.writeHead(200, { 'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream' }).end(body);
  } catch {
    response.writeHead(404).end();
  }
}

test.beforeAll(async () => {
  server = createServer((request, response) => {
    const path = (request.url ?? '/').split('?')[0]!;
    const [, scenario, name] = path.split('/');
    if (!SCENARIOS.has(scenario ?? '')) return void serveApp(path, response);
    const body = small.get(name ?? '');
    if (scenario === 'endless' && name === 'organisaties.csv') return endless(response);
    if (scenario === 'silent') return; // accepts the connection and never answers
    if (!body) return void response.writeHead(404, { 'Access-Control-Allow-Origin': '*' }).end();
    if (scenario === 'slow') {
      // Every file in three pieces, 400 ms apart: slow, but well within the stall timeout.
      response.writeHead(200, { 'Content-Type': 'text/csv', 'Content-Length': String(body.length), 'Access-Control-Allow-Origin': '*' });
      const third = Math.ceil(body.length / 3);
      [0, 1, 2].forEach((i) => setTimeout(() => (i === 2 ? response.end(body.subarray(i * third)) : response.write(body.subarray(i * third, (i + 1) * third))), i * 400));
      return;
    }
    if (scenario === 'wrong-length' && name === 'organisaties.csv') {
      response.writeHead(200, { 'Content-Type': 'text/csv', 'Content-Length': String(body.length + 5000), 'Access-Control-Allow-Origin': '*', Connection: 'close' });
      return void response.end(body, () => response.socket?.destroy());
    }
    response.writeHead(200, { 'Content-Type': 'text/csv', 'Content-Length': String(body.length), 'Access-Control-Allow-Origin': '*' }).end(body);
  });
  server.on('connection', (socket) => (sockets.add(socket), socket.on('close', () => sockets.delete(socket))));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  HOST = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
test.afterAll(async () => {
  for (const socket of sockets) socket.destroy();
  await new Promise<void>((resolve) => server.close(() => resolve()));
});


async function loadFromAddress(page: Page, address: string) {
  await clickHeaderAction(page, 'Gegevens laden');
  const dialog = page.getByRole('dialog', { name: 'Gegevens laden' });
  await expect(dialog.getByText('Hoogstens 100 MB per bestand en 200 MB per keer')).toBeVisible();
  await dialog.getByLabel(/Of laad vanaf een adres/).fill(address);
  await dialog.getByRole('button', { name: 'Laden vanaf adres' }).click();
  return dialog;
}

const exampleName = (page: Page) => page.getByTestId('example-banner');

test('an address that keeps sending is refused at the file limit, and the heap stays under the load\'s limit plus 100 MB', async ({ page }) => {
  test.setTimeout(120_000);
  await openApp(page, `${HOST}/`);
  const cdp = await page.context().newCDPSession(page);
  const dialog = await loadFromAddress(page, 'endless/organisaties.csv endless/werkgebieden.csv');
  // The size is unknown: the bar is indeterminate and says how much has arrived.
  await expect(dialog.locator('progress[data-indeterminate]')).toBeVisible();
  await expect(dialog.getByRole('status')).toContainText(/Ophalen… [\d.]+ kB ontvangen/);
  let peak = 0;
  const result = dialog.getByRole('heading', { name: 'Resultaat', exact: true });
  while (!(await result.isVisible())) {
    // The JS heap and the ArrayBuffers' backing stores (where fetched bytes live), as V8 counts them for the page.
    const heap = (await cdp.send('Runtime.getHeapUsage')) as { usedSize: number; totalSize: number; backingStorageSize?: number; embedderHeapUsedSize?: number };
    peak = Math.max(peak, heap.totalSize + (heap.backingStorageSize ?? 0) + (heap.embedderHeapUsedSize ?? 0));
    await page.waitForTimeout(200);
  }
  expect(peak).toBeGreaterThan(0);
  expect(peak).toBeLessThan(LOAD_LIMIT + 100 * MB);
  await expect(dialog.getByTestId('data-problems')).toContainText(`hoogstens 100 MB; ${HOST}/endless/organisaties.csv stuurt meer`);
  await expect(dialog.getByRole('button', { name: /tonen/ })).toHaveCount(0);
  await dialog.getByRole('button', { name: 'Sluiten' }).click();
  await expect(exampleName(page)).toBeVisible();
});

test('an address that never answers is given up after 30 seconds (on the page clock)', async ({ page }) => {
  await openApp(page, `${HOST}/`);
  await page.clock.install();
  const dialog = await loadFromAddress(page, 'silent/organisaties.csv');
  await expect(dialog.getByRole('status')).toContainText('Ophalen…');
  await page.clock.runFor(31_000);
  await expect(dialog.getByTestId('data-problems')).toContainText(`een antwoord binnen 30 seconden; ${HOST}/silent/organisaties.csv antwoordde niet`, { timeout: 20_000 });
  await expect(exampleName(page)).toBeVisible();
});

test('an address that answers slowly but finishes loads, with an honest percentage', async ({ page }) => {
  test.setTimeout(90_000);
  await openApp(page, `${HOST}/`);
  const dialog = await loadFromAddress(page, 'slow/');
  await expect(dialog.locator('progress:not([data-indeterminate])')).toBeVisible();
  await expect(dialog.getByText('Geen fouten gevonden')).toBeVisible({ timeout: 30_000 });
  await dialog.getByRole('button', { name: 'Deze gegevens tonen' }).click();
  await expect(page.getByTestId('own-data-name')).toHaveText('Kleine testset');
});

test('a wrong Content-Length is named, with the address, and nothing is offered', async ({ page }) => {
  await openApp(page, `${HOST}/`);
  const dialog = await loadFromAddress(page, 'wrong-length/organisaties.csv wrong-length/werkgebieden.csv');
  await expect(dialog.getByTestId('data-problems')).toContainText(`de grootte die de server aankondigde`, { timeout: 30_000 });
  await expect(dialog.getByTestId('data-problems')).toContainText(`${HOST}/wrong-length/organisaties.csv`);
  await expect(dialog.getByRole('button', { name: /tonen/ })).toHaveCount(0);
});
