import AxeBuilder from '@axe-core/playwright';
import { expect, type Locator, type Page } from '@playwright/test';
import { PNG } from 'pngjs';
import { translate } from '../../src/lib/i18n/translate';
import type { TestHook } from '../../src/views/testHook';

/** The Content-Security-Policy documented in the README for hosting the built app. */
export const STRICT_CSP =
  "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data: blob:; font-src 'self'; connect-src 'self'; worker-src 'self' blob:; frame-src 'self'; object-src 'none'; base-uri 'self'; form-action 'none'";

/** Serves every page with STRICT_CSP; returns the list that collects any violation reported. */
export async function serveWithStrictCsp(page: Page): Promise<string[]> {
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
  return violations;
}

/** The app's test hook (src/views/testHook.ts), in builds made with VITE_TEST_HOOK=on. */
export type AppHook = TestHook;

/**
 * Reads what a user cannot see from the test hook: when the map is idle, the
 * shapes drawn, exact totals. `read` runs in the page (it is sent as source).
 */
export const readHook = <T>(page: Page, read: (hook: TestHook) => T): Promise<T> => page.evaluate(`(${read.toString()})(window.__BBV__)`) as Promise<T>;

/**
 * Opens the app and waits until the map has drawn its first frame, the
 * dataset is there (the first map comes from the map table, and the dataset
 * a moment later: details, totals and tooltips come with it) and the page has
 * worked it in (the map idle again, then an idle moment), so a test's first
 * step is not timed against that work.
 */
export async function openApp(page: Page, path = '/'): Promise<void> {
  await page.goto(path);
  await waitForFirstMap(page);
  await page.waitForFunction(() => window.__BBV__?.dataset !== null && window.__BBV__?.dataset !== undefined);
  await waitForMapIdle(page);
  await page.evaluate(() => new Promise<void>((resolve) => requestIdleCallback(() => resolve(), { timeout: 2000 })));
}

export async function waitForFirstMap(page: Page): Promise<void> {
  await page.waitForFunction(() => {
    const hook = window.__BBV__;
    return hook?.versionId !== null && hook?.versionId !== undefined;
  });
  await waitForMapIdle(page);
}

/** Waits until the shapes of the quarter's boundary version are on the map and it has finished drawing. */
export async function waitForMapIdle(page: Page): Promise<void> {
  await page.waitForFunction(() => {
    const hook = window.__BBV__!;
    return hook.versionId !== null && hook.versionId === hook.wantedVersionId;
  });
  await page.evaluate(() => window.__BBV__!.whenIdle());
}

/** The quarter as the slider says it, Dutch ("2020 K4") or English ("2020 Q4"). */
export const quarterText = (year: number, q: number) => new RegExp(`^${year} [KQ]${q}$`);
/**
 * Opens the app with MapLibre as its renderer (`renderer=webgl`) and waits
 * until MapLibre has taken over from the SVG map that draws the first map.
 */
export async function openWithMapLibre(page: Page, path = '/'): Promise<void> {
  await page.goto(path + (path.includes('?') ? '&' : '?') + 'renderer=webgl');
  // The SVG map draws first; MapLibre loads after it, draws beneath it, and the SVG map goes once MapLibre shows the same picture.
  await expect(webglMap(page)).toBeAttached({ timeout: 30_000 });
  await expect(page.getByTestId('svg-map')).toHaveCount(0, { timeout: 30_000 });
  await expect(webglMap(page)).toBeVisible();
  await waitForMapIdle(page);
}

/** The quarter slider, in either language. */
export const quarterSlider = (page: Page) => page.getByRole('slider', { name: /Kwartaal|Quarter/ });

/** Moves the slider by keyboard to the given quarter (Home, then ArrowRight), as a keyboard user would. */
export async function goToQuarter(page: Page, year: number, q: number): Promise<void> {
  const slider = quarterSlider(page);
  await slider.focus();
  await slider.press('Home');
  const [, firstYear, firstQ] = /^(\d{4}) [KQ](\d)$/.exec((await slider.getAttribute('aria-valuetext')) ?? '') ?? [];
  const steps = year * 4 + q - (Number(firstYear) * 4 + Number(firstQ));
  for (let i = 0; i < steps; i++) await slider.press('ArrowRight');
  await expect(slider).toHaveAttribute('aria-valuetext', quarterText(year, q));
  await waitForMapIdle(page);
}

/** The legend beside the map (of the indicator, or of the changes in the change map mode). */
export const legend = (page: Page) => page.getByTestId('legend');

/** The count a legend entry shows ("124 gemeenten" → 124). */
export async function legendCount(page: Page, category: string): Promise<number> {
  const entry = legend(page).getByRole('listitem').filter({ hasText: category });
  return Number((await entry.getByTestId('legend-count').innerText()).replace(/\D/g, ''));
}

/** The map as MapLibre draws it (a canvas landmark named by what it shows). */
export const webglMap = (page: Page) => page.getByRole('region', { name: /^(Kaart van Nederland|Map of the Netherlands)/ });
/** The map as the SVG renderer draws it (one focusable application, named as the WebGL map). */
export const svgMap = (page: Page) => page.getByRole('application', { name: /^(Kaart van Nederland|Map of the Netherlands)/ });
/** The map, whichever renderer draws it: the one focusable element a keyboard user steers. */
export const mapWidget = (page: Page) => webglMap(page).or(svgMap(page));

/** Counts the map's pixels per given colour (hex), with a small tolerance for antialiasing. */
export async function countMapColours(page: Page, colours: Record<string, string>): Promise<Record<string, number>> {
  const png = PNG.sync.read(await page.getByTestId('map').screenshot());
  const targets = Object.entries(colours).map(([name, hex]) => ({ name, rgb: [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16)) }));
  const counts: Record<string, number> = Object.fromEntries(targets.map((t) => [t.name, 0]));
  for (let i = 0; i < png.data.length; i += 4) {
    for (const target of targets) {
      if (Math.abs(png.data[i]! - target.rgb[0]!) + Math.abs(png.data[i + 1]! - target.rgb[1]!) + Math.abs(png.data[i + 2]! - target.rgb[2]!) <= 6) {
        counts[target.name]!++;
        break;
      }
    }
  }
  return counts;
}

/** axe-core with the WCAG 2.1 A/AA rules; the result lists each violation with its nodes. */
export async function axeViolations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  // A run that checked nothing would pass vacuously.
  expect(results.passes.length).toBeGreaterThan(10);
  return results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).slice(0, 5).join(' | ')}`);
}

/** Errors the page reports (console errors and uncaught exceptions), collected from now on. */
export function collectErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  page.on('pageerror', (error) => errors.push(error.message));
  return errors;
}

/** Finds a municipality with the search box (Dutch UI) and waits until the map has zoomed to it. */
export async function searchMunicipality(page: Page, name: string): Promise<void> {
  const search = page.getByRole('combobox', { name: 'Zoek een gemeente' });
  await search.fill(name);
  await search.press('Enter');
  await waitForMapIdle(page);
}

/** A legend count as the app writes it in Dutch ("1 gemeente", "1.234 gemeenten"), from the app's own messages. */
export const legendCountText = (count: number) => translate('nl', 'legend.count', { count });

/**
 * Takes over the page's clock and stops it: from here on time passes only by
 * `page.clock.runFor`. (`clock.install()` alone lets time keep flowing, so a
 * busy machine could step an animation before the test looks.)
 */
export async function stopPageClock(page: Page): Promise<void> {
  await page.clock.install();
  // The installed clock runs on from the page's time, and pauseAt only goes
  // forward: aim just ahead of the page's own clock, not the test runner's (on
  // a busy machine over a second can pass between install and pause).
  for (let attempt = 1; ; attempt++) {
    const pageNow = await page.evaluate(() => Date.now());
    try {
      await page.clock.pauseAt(pageNow + 1_000);
      return;
    } catch (error) {
      if (attempt >= 3 || !String(error).includes('to the past')) throw error;
    }
  }
}

/** Opens the header's settings menu (language, theme, how the map is drawn). */
export async function openSettings(page: Page): Promise<void> {
  const button = page.getByRole('button', { name: /^(Instellingen|Settings)$/ });
  if ((await button.getAttribute('aria-expanded')) !== 'true') await button.click();
}

/** Clicks one of the header's actions (Gegevens laden, Insluiten, Presenteren): on a phone they are in the settings menu. */
export async function clickHeaderAction(page: Page, name: string): Promise<void> {
  const button = page.getByRole('button', { name, exact: true });
  if (!(await button.isVisible())) await openSettings(page);
  await button.click();
}

/**
 * Prints as the browser does: `beforeprint` first, then the print media. The
 * print view comes once the first map is on screen (a print before then
 * prints the screen as it is), so this waits for it first. Returns it.
 */
export async function printPage(page: Page): Promise<Locator> {
  const printView = page.getByTestId('print-view');
  await expect(printView).toBeAttached();
  await page.evaluate(() => window.dispatchEvent(new Event('beforeprint')));
  await page.emulateMedia({ media: 'print' });
  return printView;
}
