import { expect, test, type Page } from '@playwright/test';
import { axeViolations, legend, openApp } from './helpers';

/** Every analysis view in its richest state: a province and a municipality selected, the change mode on, tables open. */
async function checkEveryView(page: Page, language: 'nl' | 'en') {
  const label = (nl: string, en: string) => (language === 'nl' ? nl : en);
  const violations: Record<string, string[]> = {};
  const tabs = [
    ['growth', label('Groei', 'Growth')],
    ['provinces', label('Provincies', 'Provinces')],
    ['change', label('Wijzigingen', 'Changes')],
    ['white-spots', label('Witte vlekken', 'White spots')],
  ] as const;
  for (const [id, name] of tabs) {
    await page.getByRole('tab', { name }).click();
    const panel = page.getByRole('tabpanel', { name });
    await expect(panel).toBeVisible();
    const showTable = panel.getByRole('button', { name: label('Tabel tonen', 'Show table') });
    if (await showTable.count()) await showTable.click();
    if (id === 'growth') await panel.getByRole('button', { name: /^20\d\d [KQ]\d\. / }).first().focus(); // a focused point shows its tooltip
    violations[id] = await axeViolations(page);
  }
  expect(violations).toEqual({ growth: [], provinces: [], change: [], 'white-spots': [] });
}

for (const [language, theme] of [['nl', 'light'], ['en', 'light'], ['nl', 'dark'], ['en', 'dark'], ['nl', 'projector'], ['en', 'projector']] as const) {
  test(`axe-core: every analysis view, ${language}, ${theme} theme`, async ({ page }) => {
    await openApp(page, `/?lang=${language}&theme=${theme}&quarter=2021-Q1&compare=2020-Q4&region=PV20&municipality=GM1979&analysis=growth`);
    await expect(page.locator('html')).toHaveAttribute('data-theme', theme);
    await checkEveryView(page, language);
  });
}

test('no message key or unfilled placeholder shows in any analysis view, in either language', async ({ page }) => {
  const { nl } = await import('../../src/lib/i18n/allNl');
  const keys = Object.keys(nl);
  for (const language of ['nl', 'en'] as const) {
    await openApp(page, `/?lang=${language}&quarter=2021-Q1&compare=2020-Q4&region=PV20&municipality=GM1979&analysis=growth`);
    for (const tab of await page.getByRole('tab').all()) {
      await tab.click();
      const text = await page.getByTestId('analysis').innerText();
      expect(keys.filter((key) => text.includes(key))).toEqual([]);
      expect(text).not.toMatch(/\{[a-zA-Z]+\}/);
    }
    const legendText = await legend(page).innerText();
    expect(keys.filter((key) => legendText.includes(key))).toEqual([]);
  }
});

test('axe-core: an embed that asks for the analysis', async ({ page }) => {
  await openApp(page, '/?embed=1&analysis=white-spots&quarter=2021-Q4&lang=en&theme=dark');
  await expect(page.getByRole('tabpanel', { name: 'White spots' })).toBeVisible();
  expect(await axeViolations(page)).toEqual([]);
});

test('keyboard only: open the analysis, choose a province from the bars, step the chart to a quarter', async ({ page }) => {
  await openApp(page);
  const toggle = page.getByRole('button', { name: 'Analyse tonen' });
  for (let i = 0; i < 60 && !(await toggle.evaluate((el) => el === document.activeElement)); i++) await page.keyboard.press('Tab');
  await expect(toggle).toBeFocused();
  await page.keyboard.press('Enter');
  // The views load on first opening; then Tab goes into the tab list, the arrow key to the provinces tab.
  await expect(page.getByRole('tab', { name: 'Groei' })).toBeVisible();
  await page.keyboard.press('Tab');
  await expect(page.getByRole('tab', { name: 'Groei' })).toBeFocused();
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('Tab'); // the panel
  await page.keyboard.press('Tab'); // the sort choice
  await expect(page.getByRole('combobox', { name: 'Sorteren op' })).toBeFocused();
  await page.keyboard.press('Tab'); // the first bar
  await expect(page.getByTestId('province-bars').getByRole('button').first()).toBeFocused();
  await page.keyboard.press('Enter');
  await expect.poll(() => new URL(page.url()).searchParams.get('region')).not.toBeNull();

  await page.getByRole('tab', { name: 'Provincies' }).focus();
  await page.keyboard.press('Home');
  await expect(page.getByRole('tab', { name: 'Groei' })).toHaveAttribute('aria-selected', 'true');
  const point = page.getByTestId('growth-chart').getByRole('button', { name: /^2023 K4\. / });
  await point.focus();
  await expect(point).toHaveCSS('stroke-width', '4px'); // visible focus
  await page.keyboard.press('Home');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('slider', { name: /Kwartaal/ })).toHaveAttribute('aria-valuetext', '2019 K1');
});
