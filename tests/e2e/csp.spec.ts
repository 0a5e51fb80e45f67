import { expect, test } from '@playwright/test';
import { serveWithStrictCsp, waitForFirstMap } from './helpers';

test('the built app runs under a strict Content-Security-Policy (no unsafe-eval, no unsafe-inline)', async ({ page }) => {
  const violations = await serveWithStrictCsp(page);
  await page.goto('/?indicator=sek&quarter=2021-Q1');
  await waitForFirstMap(page);
  await page.getByRole('button', { name: 'Tabel tonen' }).click();
  await page.getByRole('checkbox', { name: /Patronen/ }).check();
  await expect(page.getByTestId('totals')).toBeVisible();
  expect(violations).toEqual([]);
});
