import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { PNG } from 'pngjs';
import { CATEGORY_COLOURS } from '../../src/lib/scales/palette';
import { axeViolations, goToQuarter, legend, openApp, printPage, readHook, searchMunicipality } from './helpers';

const totals = async (page: Page) => (await readHook(page, (h) => h.totals))!;

/** Opens the Export dialog, picks format and size, and returns the downloaded file. */
async function exportFile(page: Page, format: 'PNG' | 'SVG', size: string): Promise<{ filename: string; bytes: Buffer }> {
  await page.getByRole('button', { name: 'Exporteren (PNG, SVG)' }).click();
  const dialog = page.getByRole('dialog', { name: 'Kaart exporteren' });
  await expect(dialog).toBeVisible();
  await dialog.getByRole('radio', { name: new RegExp(`^${format}`) }).check();
  await dialog.getByRole('radio', { name: size }).check();
  const [download] = await Promise.all([page.waitForEvent('download'), dialog.getByRole('button', { name: `Download ${format}` }).click()]);
  await expect(dialog.getByTestId('export-status')).toContainText('Gedownload');
  return { filename: download.suggestedFilename(), bytes: readFileSync((await download.path())!) };
}

/** Pixels per given colour (hex), within a small tolerance for antialiasing. */
function countColours(png: PNG, colours: Record<string, string>): Record<string, number> {
  const targets = Object.entries(colours).map(([name, hex]) => ({ name, rgb: [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16)) }));
  const counts = Object.fromEntries(targets.map((t) => [t.name, 0]));
  for (let i = 0; i < png.data.length; i += 4) {
    for (const t of targets) {
      if (Math.abs(png.data[i]! - t.rgb[0]!) + Math.abs(png.data[i + 1]! - t.rgb[1]!) + Math.abs(png.data[i + 2]! - t.rgb[2]!) <= 6) counts[t.name]!++;
    }
  }
  return counts;
}

test('the PNG export decodes to an image of the chosen size with the map’s colours in it', async ({ page }) => {
  await openApp(page);
  await goToQuarter(page, 2021, 1);
  const { filename, bytes } = await exportFile(page, 'PNG', '1.280 × 720');
  expect(filename).toBe('bbv-kaart-ido-2021-Q1-1280x720.png');
  const png = PNG.sync.read(bytes);
  expect([png.width, png.height]).toEqual([1280, 720]);
  // Not blank: the categories on the map are there in proportion, and many colours besides (text, borders).
  const counts = countColours(png, { in: CATEGORY_COLOURS['ido-in-municipality'], planned: CATEGORY_COLOURS['ido-planned'], none: CATEGORY_COLOURS.none });
  for (const [name, count] of Object.entries(counts)) expect(count, name).toBeGreaterThan(1000);
  const distinct = new Set<number>();
  for (let i = 0; i < png.data.length; i += 4 * 7) distinct.add(png.data.readUInt32BE(i));
  expect(distinct.size).toBeGreaterThan(50);
});

test('the PNG export at 4K has the chosen size too', async ({ page }) => {
  await openApp(page, '/?indicator=sek&quarter=2022-Q4');
  const { bytes } = await exportFile(page, 'PNG', '3.840 × 2.160');
  const png = PNG.sync.read(bytes);
  expect([png.width, png.height]).toEqual([3840, 2160]);
  expect(countColours(png, { local: CATEGORY_COLOURS['sek-local'] }).local).toBeGreaterThan(10_000);
});

for (const [year, quarter] of [[2023, 4], [2020, 4]] as const) {
  test(`the SVG export of ${year} K${quarter} has one path per municipality of that quarter, coloured as the legend counts`, async ({ page }) => {
    await openApp(page);
    await goToQuarter(page, year, quarter);
    const { filename, bytes } = await exportFile(page, 'SVG', '1.920 × 1.080');
    expect(filename).toBe(`bbv-kaart-ido-${year}-Q${quarter}-1920x1080.svg`);
    const svg = bytes.toString('utf8');
    const { municipalities } = await totals(page);
    expect(svg.match(/<path [^>]*data-code="GM\d{4}"/g)).toHaveLength(municipalities.total);
    expect(new Set(svg.match(/data-code="GM\d{4}"/g)).size).toBe(municipalities.total);
    const inMunicipality = svg.match(new RegExp(`fill="${CATEGORY_COLOURS['ido-in-municipality']}" data-code=`, 'g'))?.length ?? 0;
    expect(`${inMunicipality} gemeenten`).toBe(await legend(page).locator('[data-category="ido-in-municipality"]').getByTestId('legend-count').innerText());
    expect(svg).toMatch(/^<svg xmlns="http:\/\/www.w3.org\/2000\/svg" width="1920" height="1080"/);
    expect(svg).toContain('BBV-kaart: Informatiepunt Digitale Overheid');
    expect(svg).toContain(`>${year} K${quarter}</text>`);
    expect(svg).toContain('Grenzen: CBS/Kadaster (PDOK), CC BY 4.0. Gegevens: voorbeelddata');
    expect(svg).toContain('data-role="example-flag"');
  });
}

test('the export follows the map: a zoomed view exports that view, with the selection', async ({ page }) => {
  await openApp(page);
  await searchMunicipality(page, 'Utrecht');
  const { bytes } = await exportFile(page, 'SVG', '1.280 × 720');
  const svg = bytes.toString('utf8');
  expect(svg).toContain('data-role="selected"');
  // Zoomed in on Utrecht: its path spans far more of the image than at the national view.
  const utrechtPath = svg.match(/<path d="([^"]+)"[^>]*data-code="GM0344"/)![1]!;
  const xs = [...utrechtPath.matchAll(/[ML]([\d.-]+),/g)].map((m) => Number(m[1]));
  expect(Math.max(...xs) - Math.min(...xs)).toBeGreaterThan(200);
});

test('print shows the map as SVG with legend, totals and source, and no controls', async ({ page }) => {
  await openApp(page, '/?quarter=2021-Q2');
  const printView = await printPage(page);
  await expect(printView).toBeVisible();
  const { municipalities } = await totals(page);
  await expect(printView.locator('path[data-code]')).toHaveCount(municipalities.total);
  await expect(printView).toContainText('2021 K2');
  await expect(printView).toContainText('Grenzen: CBS/Kadaster (PDOK), CC BY 4.0');
  await expect(printView).toContainText(`${municipalities.covered} van ${municipalities.total}`);
  for (const name of ['Exporteren (PNG, SVG)', 'Tabel tonen', 'Afspelen', 'Presenteren']) await expect(page.getByRole('button', { name })).toBeHidden();
  await expect(page.getByRole('slider')).toBeHidden();
  const pdf = await page.pdf({ format: 'A4', landscape: true });
  expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
});

for (const [language, theme, name] of [['nl', 'light', 'Exporteren (PNG, SVG)'], ['en', 'dark', 'Export (PNG, SVG)']] as const) {
  test(`the Export dialog has no WCAG 2.1 AA violations (${language}, ${theme})`, async ({ page }) => {
    await openApp(page, `/?lang=${language}&theme=${theme}`);
    await page.getByRole('button', { name }).click();
    await expect(page.getByRole('dialog')).toBeVisible();
    await expect(page.getByRole('dialog').getByRole('img')).toBeVisible();
    expect(await axeViolations(page)).toEqual([]);
  });
}
