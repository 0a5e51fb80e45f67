import { expect, test } from '@playwright/test';
import { waitForFirstMap, waitForMapIdle } from './helpers';

test('shows a loading state, then a specific error, and recovers on retry', async ({ page }) => {
  let failing = true;
  await page.route('**/generated/data/ido.csv', (route) => (failing ? route.fulfill({ status: 404, body: 'not here' }) : route.continue()));
  await page.goto('/');
  const alert = page.getByRole('alert');
  // retry: 1 in the query options, so the error shows after the second attempt.
  await expect(alert).toContainText('ido.csv', { timeout: 15_000 });
  await expect(alert).toContainText('404');
  failing = false;
  await alert.getByRole('button', { name: 'Opnieuw proberen' }).click();
  await expect(alert).toHaveCount(0, { timeout: 15_000 });
  await waitForMapIdle(page);
  await expect(page.getByTestId('totals')).toBeVisible();
});

test('shows that it is loading before the map is ready', async ({ page }) => {
  let release: () => void = () => undefined;
  const held = new Promise<void>((resolve) => (release = resolve));
  await page.route('**/generated/geo/index.json', async (route) => {
    await held;
    await route.continue();
  });
  await page.goto('/');
  await expect(page.getByRole('status').filter({ hasText: 'Kaart en gegevens laden' })).toBeVisible();
  release();
  await waitForFirstMap(page);
  await expect(page.getByRole('status').filter({ hasText: 'Kaart en gegevens laden' })).toHaveCount(0);
});
