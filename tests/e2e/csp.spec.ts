import { expect, test } from '@playwright/test';
import { STRICT_CSP, waitForFirstMap } from './helpers';

test('the built app runs under a strict Content-Security-Policy (no unsafe-eval, no unsafe-inline)', async ({ page }) => {
  const violations: string[] = [];
  page.on('console', (message) => {
    if (/Content Security Policy|Refused to/i.test(message.text())) violations.push(message.text());
  });
  await page.route('**/*', async (route) => {
    const response = await route.fetch();
    const isDocument = route.request().resourceType() === 'document';
    await route.fulfill({ response, headers: isDocument ? { ...response.headers(), 'content-security-policy': STRICT_CSP } : response.headers() });
  });
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) => console.error(`Refused to load: ${event.violatedDirective} ${event.blockedURI}`));
  });
  await page.goto('/?indicator=sek&quarter=2021-Q1');
  await waitForFirstMap(page);
  await page.getByRole('button', { name: 'Tabel tonen' }).click();
  await page.getByRole('checkbox', { name: /Patronen/ }).check();
  await expect(page.getByTestId('totals')).toBeVisible();
  expect(violations).toEqual([]);
});
