import { readFileSync } from 'node:fs';
import { dsvFormat } from 'd3-dsv';
import { expect, test, type Page } from '@playwright/test';
import { goToQuarter, openApp, readHook } from './helpers';

async function download(page: Page, name: RegExp): Promise<{ filename: string; rows: Record<string, string>[] }> {
  const [file] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name }).click()]);
  const text = readFileSync((await file.path())!, 'utf8');
  expect(text.charCodeAt(0)).toBe(0xfeff);
  return { filename: file.suggestedFilename(), rows: dsvFormat(';').parse(text.slice(1)) };
}

test('the CSV of the quarter holds the numbers on screen', async ({ page }) => {
  await openApp(page);
  await goToQuarter(page, 2021, 4);
  const { filename, rows } = await download(page, /Download CSV \(2021 K4, IDO\)/);
  expect(filename).toBe('bbv-kaart-ido-2021-Q4.csv');
  const totals = (await readHook(page, (h) => h.totals))!;
  expect(rows).toHaveLength(totals.municipalities.total);
  expect(rows.filter((r) => r['bereikt'] === '1').length).toBe(totals.municipalities.covered);
  expect(rows.reduce((sum, r) => sum + Number(r['ido_locaties_open']), 0)).toBe(totals.openIdoLocations);
  await expect(page.getByTestId('totals').locator('[data-total="ido-locations"] .value')).toHaveText(String(totals.openIdoLocations));
});

test('the time series CSV has every quarter on its own boundaries', async ({ page }) => {
  await openApp(page);
  const { rows } = await download(page, /Download CSV \(alle kwartalen\)/);
  const perQuarter = new Map<string, number>();
  for (const row of rows) perQuarter.set(row['kwartaal']!, (perQuarter.get(row['kwartaal']!) ?? 0) + 1);
  expect(perQuarter.size).toBe(20);
  expect([perQuarter.get('2020-Q4'), perQuarter.get('2021-Q1'), perQuarter.get('2022-Q2'), perQuarter.get('2023-Q4')]).toEqual([355, 352, 344, 342]);
  expect(rows.some((r) => r['kwartaal'] === '2021-Q1' && r['gemeente'] === 'Eemsdelta')).toBe(true);
});
