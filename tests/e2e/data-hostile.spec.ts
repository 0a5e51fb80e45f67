/**
 * The hostile and odd input corpus (tests/fixtures/hostile/cases.ts) through
 * the browser's "Gegevens laden" dialog: for each case the dialog offers what
 * it must (show, show without the rows with errors, or nothing), and the
 * problems it lists are the ones Node's loader gives, in the same order (the
 * problems CSV compared byte for byte). Then what the cases do to the page:
 * a far-future end and the all-quarters download, a formula in a download,
 * stripping invisible characters, an empty folder, the cause before its
 * consequences, and long values that must not widen the page.
 */
import { expect, test, type Locator, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { defaultGeoDir, readSharedGeo } from '../../scripts/lib/readSharedGeo';
import { loadDataset } from '../../src/lib/data/loadDataset';
import { shapesFromTopology } from '../../src/lib/data/municipalityShapes';
import { problemsCsv } from '../../src/lib/data/problemsCsv';
import { HOSTILE_CASES, smallDataset, type CaseFile, type HostileCase } from '../fixtures/hostile/cases';
import { axeViolations, openApp, waitForMapIdle, clickHeaderAction } from './helpers';

const { index: geo, topologies } = readSharedGeo(defaultGeoDir());
const shapeCache = new Map([...topologies].map(([id, topology]) => [id, shapesFromTopology(topology)]));
const caseById = (id: string) => HOSTILE_CASES.find((c) => c.id === id)!;
const asUpload = (files: CaseFile[]) => files.map((f) => ({ name: f.name, mimeType: 'text/csv', buffer: Buffer.from(f.bytes) }));

async function openDialog(page: Page): Promise<Locator> {
  await clickHeaderAction(page, 'Gegevens laden');
  const dialog = page.getByRole('dialog', { name: 'Gegevens laden' });
  await expect(dialog).toBeVisible();
  return dialog;
}

async function loadFiles(dialog: Locator, files: CaseFile[]) {
  await dialog.locator('input[type=file]').setInputFiles(asUpload(files));
  await expect(dialog.getByRole('heading', { name: 'Resultaat', exact: true })).toBeVisible({ timeout: 30_000 });
}

async function expectOutcome(dialog: Locator, hostile: HostileCase) {
  const show = dialog.getByRole('button', { name: 'Deze gegevens tonen' });
  const showWithout = dialog.getByRole('button', { name: /^Tonen zonder de/ });
  await expect(show).toHaveCount(hostile.outcome === 'loads' ? 1 : 0);
  await expect(showWithout).toHaveCount(hostile.outcome === 'rows-left-out' ? 1 : 0);
}

/** The problems CSV the dialog offers, in Dutch: the same bytes as Node's loader and problemsCsv give. */
async function expectSameProblemsAsNode(page: Page, dialog: Locator, files: CaseFile[]) {
  const expected = loadDataset(files, geo, { shapes: (id) => shapeCache.get(id) }).problems;
  if (!expected.length) return expect(dialog.getByRole('button', { name: 'Problemen downloaden (CSV)' })).toHaveCount(0);
  const [download] = await Promise.all([page.waitForEvent('download'), dialog.getByRole('button', { name: 'Problemen downloaden (CSV)' }).click()]);
  expect(readFileSync((await download.path())!, 'utf8')).toBe(problemsCsv(expected, 'nl'));
}

test.describe('each hostile case in the dialog', () => {
  const halves = [HOSTILE_CASES.slice(0, 9), HOSTILE_CASES.slice(9)];
  for (const [i, cases] of halves.entries()) {
    test(`cases ${i * 9 + 1}–${i * 9 + cases.length}: what the dialog offers, and the problems Node gives`, async ({ page }) => {
      test.setTimeout(180_000);
      await openApp(page);
      const dialog = await openDialog(page);
      for (const hostile of cases) {
        await test.step(hostile.title, async () => {
          await loadFiles(dialog, hostile.files);
          await expectOutcome(dialog, hostile);
          if (hostile.problem) await expect(dialog.getByTestId('data-problems').locator(`[data-kind="${hostile.problem.kind}"]`).first()).toBeAttached();
          if (hostile.firstGroup) await expect(dialog.locator('details.group').first()).toHaveAttribute('data-kind', hostile.firstGroup);
          await expectSameProblemsAsNode(page, dialog, hostile.files);
          await dialog.getByRole('button', { name: 'Andere bestanden kiezen' }).click();
        });
      }
    });
  }
});

test('a far-future end loads with a note, and the all-quarters download stays within the data', async ({ page }) => {
  await openApp(page);
  const dialog = await openDialog(page);
  await loadFiles(dialog, caseById('far-future-end').files);
  await expect(dialog.getByTestId('data-problems')).toContainText('geen einde');
  await dialog.getByRole('button', { name: 'Deze gegevens tonen' }).click();
  await waitForMapIdle(page);
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: /Download CSV \(alle kwartalen\)/ }).click()]);
  const lines = readFileSync((await download.path())!, 'utf8').trim().split(/\r?\n/);
  // 2020-Q1 to 2021-Q4 (metadata), every municipality of each quarter: no quarter near 9999.
  expect(lines.at(-1)).toMatch(/^2021-Q4[;,]/);
  expect(lines.some((line) => /^(20[3-9]\d|[3-9]\d{3})-Q/.test(line))).toBe(false);
});

test('an organisation name that is a formula is neutralised in the table CSV', async ({ page }) => {
  await openApp(page);
  const dialog = await openDialog(page);
  await loadFiles(dialog, caseById('formula-name').files);
  await dialog.getByRole('button', { name: 'Deze gegevens tonen' }).click();
  await waitForMapIdle(page);
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: /^Download CSV \(\d{4} K\d/ }).click()]);
  const text = readFileSync((await download.path())!, 'utf8');
  expect(text).toContain(`'=cmd|' /C calc'!A0`);
  // No cell starts with a formula character (a quoted cell starts after its quote).
  expect(text.split(/\r?\n/).some((line) => line.split(';').some((cell) => /^"?[=+@]/.test(cell)))).toBe(false);
});

test('invisible characters are shown, and stripping them makes the data load', async ({ page }) => {
  await openApp(page);
  const dialog = await openDialog(page);
  await loadFiles(dialog, caseById('invisible-character').files);
  await dialog.getByTestId('data-problems').locator('[data-kind="unknown-municipality"] summary').click();
  await expect(dialog.getByTestId('data-problems')).toContainText('GM0363⟨U+200B⟩');
  await dialog.getByRole('button', { name: 'Onzichtbare tekens verwijderen en opnieuw controleren' }).click();
  await expect(dialog.getByText('Geen fouten gevonden')).toBeVisible({ timeout: 30_000 });
  await expect(dialog.getByTestId('data-problems').locator('[data-kind="invisible-stripped"]')).toBeAttached();
  await dialog.getByRole('button', { name: 'Deze gegevens tonen' }).click();
  await expect(page.getByTestId('own-data-name')).toHaveText('Kleine testset');
});

test('an empty folder dropped on the dialog says there are no files', async ({ page }) => {
  await openApp(page);
  const dialog = await openDialog(page);
  const empty = await page.evaluateHandle(() => new DataTransfer());
  await dialog.getByTestId('drop-zone').dispatchEvent('drop', { dataTransfer: empty });
  await expect(dialog.getByRole('alert')).toContainText('Deze bestanden kunnen niet worden geladen');
  await expect(dialog.getByTestId('data-problems').locator('[data-kind="no-files"]')).toBeAttached();
});

test('an unclosed quote leads the list, its consequences under it, and nothing can be shown', async ({ page }) => {
  await openApp(page);
  const dialog = await openDialog(page);
  await loadFiles(dialog, caseById('unclosed-quote').files);
  const first = dialog.locator('details.group').first();
  await expect(first).toHaveAttribute('data-kind', 'unclosed-quote');
  await first.locator('summary').first().click();
  await expect(first.locator('table').first()).toContainText('organisaties.csv');
  await expect(first.locator('.consequence').first()).toContainText(/Gevolg: \d+ rij(en)?: onbekende organisatie/);
  await expect(dialog.getByRole('button', { name: /Tonen zonder/ })).toHaveCount(0);
  expect(await axeViolations(page)).toEqual([]);
});

test('long values never make the page scroll sideways', async ({ page }) => {
  const noSideways = () => page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth);
  // A 100 KB link parameter, echoed in a notice. (Servers refuse such a request line, so it arrives as browser
  // history does: the address changes and the app reads it on popstate.)
  await page.setViewportSize({ width: 390, height: 800 });
  await openApp(page);
  await page.evaluate((search) => {
    history.pushState(null, '', search);
    window.dispatchEvent(new PopStateEvent('popstate'));
  }, `?organisation=${'X'.repeat(100_000)}&indicator=${'y'.repeat(5000)}`);
  await expect(page.getByTestId('url-notices')).toContainText('XXXXXXXX… (100000)');
  await expect(page.getByTestId('url-notices').locator(`[title="${'X'.repeat(100_000)}"]`)).toHaveCount(1);
  expect(await noSideways()).toBe(true);

  // A 5,000-character organisation name and a long unbroken code, in the dialog's problem list and on the page.
  const longName = 'Bibliotheek'.repeat(455);
  const files = smallDataset().map((f) => {
    if (f.name === 'organisaties.csv') return { ...f, bytes: new TextEncoder().encode(new TextDecoder().decode(f.bytes).replace('Bibliotheek Amsterdam', longName)) };
    if (f.name === 'belastingdienst.csv') return { ...f, bytes: new TextEncoder().encode(`${new TextDecoder().decode(f.bytes)}ORG2,${'Q'.repeat(5000)},\n`) };
    if (f.name === 'metadata.json') return { ...f, bytes: new TextEncoder().encode(new TextDecoder().decode(f.bytes).replace('Kleine testset', `Kleine testset ${'https://example.org/'.repeat(100)}`)) };
    return f;
  });
  const dialog = await openDialog(page);
  await loadFiles(dialog, files);
  for (const summary of await dialog.locator('details.group summary').all()) await summary.click();
  expect(await noSideways()).toBe(true);
  expect(await dialog.evaluate((el) => el.scrollWidth <= el.clientWidth)).toBe(true);
  await dialog.getByRole('button', { name: /^Tonen zonder de/ }).click();
  await waitForMapIdle(page);
  await expect(page.getByTestId('own-data-banner')).toBeVisible();
  await page.getByRole('button', { name: 'Tabel tonen' }).click();
  expect(await noSideways()).toBe(true);
});
