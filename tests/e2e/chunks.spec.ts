/**
 * What is downloaded when (docs/architecture.md, "Chunks: what loads when"):
 * the first map of a dashboard, an embed or a presentation asks only for its
 * own layout's chunk, never a dialog's, another layout's or the English
 * table; each of those arrives when first needed, and one that does not
 * arrive is said in words with "try again", the screen behind it kept.
 * Chunks are told apart by their names, which come from the module a
 * dynamic import names (Vite: `assets/<module>-<hash>.js`).
 */
import { expect, test, type Page } from '@playwright/test';
import { clickHeaderAction, openSettings, waitForFirstMap } from './helpers';

const CHUNKS = {
  explore: 'ExploreLayout',
  embed: 'EmbedLayout',
  present: 'PresentLayout',
  dataDialog: 'DataLoad',
  embedDialog: 'Embed',
  exportDialog: 'Export',
  english: 'en',
  growthChart: 'GrowthChart',
  analysis: 'AnalysisPanels',
  analysisSection: 'Analysis',
  besideStage: 'besideStage',
} as const;
type Chunk = keyof typeof CHUNKS;

const chunkFile = (chunk: Chunk) => new RegExp(`/assets/${CHUNKS[chunk]}-[A-Za-z0-9_-]+\\.js(\\?.*)?$`);

/** The chunks the page asks for from now on (by name), in order; not those of frames in it (the Embed dialog's preview is an embed of its own). */
function recordChunks(page: Page): Chunk[] {
  const asked: Chunk[] = [];
  page.on('request', (request) => {
    if (request.frame() !== page.mainFrame()) return;
    const chunk = (Object.keys(CHUNKS) as Chunk[]).find((name) => chunkFile(name).test(request.url()));
    if (chunk) asked.push(chunk);
  });
  return asked;
}

/** The chunk fails to arrive (as offline) until `arrive()` is called. */
async function failingChunk(page: Page, name: Chunk): Promise<{ arrive(): void }> {
  let failing = true;
  await page.route(chunkFile(name), (route) => (failing ? route.abort('internetdisconnected') : route.continue()));
  return { arrive: () => (failing = false) };
}

/** Keeps, as `window.__firstSeen[selector]`, when something matching the selector first entered the page. */
async function recordFirstSeen(page: Page, selector: string): Promise<void> {
  await page.addInitScript((wanted) => {
    const seen = ((window as unknown as { __firstSeen?: Record<string, number> }).__firstSeen ??= {});
    new MutationObserver((_, observer) => {
      if (!document.querySelector(wanted)) return;
      seen[wanted] = performance.now();
      observer.disconnect();
    }).observe(document, { childList: true, subtree: true });
  }, selector);
}
const firstSeen = (page: Page, selector: string) => page.evaluate((wanted) => (window as unknown as { __firstSeen: Record<string, number> }).__firstSeen[wanted]!, selector);

/** The map's first municipality shape. */
const FIRST_SHAPE = 'path[data-code]';

const ALL = Object.keys(CHUNKS) as Chunk[];
/** What the dashboard builds beside its stage after the first map: that chunk and the analysis section it brings. */
const BESIDE_STAGE: Chunk[] = ['besideStage', 'analysisSection'];
const except = (...wanted: Chunk[]) => ALL.filter((chunk) => !wanted.includes(chunk));

for (const { name, path, layout } of [
  { name: 'a dashboard', path: '/', layout: 'explore' },
  { name: 'an embed', path: '/?embed=1', layout: 'embed' },
  { name: 'a presentation link', path: '/?mode=present', layout: 'present' },
] as const) {
  test(`the first map of ${name} asks for its own layout's chunk only`, async ({ page }) => {
    const asked = recordChunks(page);
    await page.goto(path);
    await waitForFirstMap(page);
    // The presentation's growth slide comes with its layout; nothing else does. What is beside the dashboard's stage
    // may be asked for as soon as the map is drawn (see the next test), so it is not counted here.
    const expected: Chunk[] = layout === 'present' ? ['present', 'growthChart'] : [layout];
    // The dashboard's analysis section is part of what is beside its stage; an embed's comes only with its link.
    const afterMap: Chunk[] = layout === 'explore' ? BESIDE_STAGE : ['besideStage'];
    const beforeMap = asked.filter((chunk) => !afterMap.includes(chunk));
    expect([...new Set(beforeMap)].sort()).toEqual([...expected].sort());
    for (const chunk of except(...expected, ...afterMap)) expect(asked, `${chunk} before the first map`).not.toContain(chunk);
  });
}

test('the dashboard builds what is beside and under the stage after its first map, from a chunk of its own', async ({ page }) => {
  await recordFirstSeen(page, FIRST_SHAPE);
  await page.goto('/');
  await waitForFirstMap(page);
  await expect(page.getByTestId('map-summary')).toBeVisible();
  await expect(page.getByRole('button', { name: 'Tabel tonen' })).toBeVisible();
  const chunkAsked = await page.evaluate((pattern) => performance.getEntriesByType('resource').find((entry) => new RegExp(pattern).test(entry.name))?.startTime ?? null, chunkFile('besideStage').source);
  expect(chunkAsked).not.toBeNull();
  expect(chunkAsked!).toBeGreaterThan(await firstSeen(page, FIRST_SHAPE));
});

for (const path of ['/', '/?embed=1']) {
  test(`${path} asks for the published figures and the notes once its first map is on screen`, async ({ page }) => {
    await recordFirstSeen(page, FIRST_SHAPE);
    await page.goto(path);
    await waitForFirstMap(page);
    const files = ['gepubliceerde-cijfers.csv', 'annotaties.csv'];
    await expect.poll(() => page.evaluate((names) => names.filter((name) => performance.getEntriesByType('resource').some((e) => e.name.endsWith(name))).length, files)).toBe(2);
    const asked = await page.evaluate((names) => names.map((name) => performance.getEntriesByType('resource').find((e) => e.name.endsWith(name))!.startTime), files);
    const firstShape = await firstSeen(page, FIRST_SHAPE);
    for (const time of asked) expect(time).toBeGreaterThan(firstShape);
  });
}

test("an embed never asks for what is beside the dashboard's stage, and for the analysis only when its link opens it", async ({ page }) => {
  const asked = recordChunks(page);
  await page.goto('/?embed=1');
  await waitForFirstMap(page);
  await page.waitForTimeout(1500);
  expect(asked).not.toContain('besideStage');
  expect(asked).not.toContain('analysisSection');
  await page.goto('/?embed=1&analysis=provinces');
  await waitForFirstMap(page);
  await expect(page.getByRole('tab', { name: 'Provincies' })).toHaveAttribute('aria-selected', 'true');
  expect(asked).toContain('analysisSection');
});

for (const path of ['/', '/?embed=1', '/?mode=present']) {
  test(`index.html preloads the first map's files and shared chunks, and ${path} uses each once`, async ({ page }) => {
    const requests: string[] = [];
    page.on('request', (request) => {
      if (request.frame() === page.mainFrame()) requests.push(request.url());
    });
    const warnings: string[] = [];
    page.on('console', (message) => {
      if (/preload/i.test(message.text())) warnings.push(message.text());
    });
    await page.goto(path);
    await waitForFirstMap(page);
    const preloads = await page.evaluate(() =>
      [...document.querySelectorAll<HTMLLinkElement>('link[rel="preload"], link[rel="modulepreload"]')].map((link) => ({ rel: link.rel, as: link.as, href: link.href })),
    );
    const rels = preloads.map((link) => `${link.rel}:${link.as}`);
    // The data of the first map, and code beyond the entry chunk (scripts and their styles).
    expect(rels.filter((rel) => rel === 'preload:fetch')).toHaveLength(3);
    expect(rels).toContain('modulepreload:');
    expect(rels).toContain('preload:style');
    for (const link of preloads) {
      expect(requests.filter((url) => url === link.href), `${link.href} asked once`).toHaveLength(1);
    }
    // A preload the page did not use, or used with other request settings, makes Chromium warn in the console.
    await page.waitForTimeout(3100);
    expect(warnings).toEqual([]);
  });
}

test('?lang=en is in English from the first paint, and only it asks for the English table', async ({ page }) => {
  // Every text the app root ever shows, from its first content on.
  await page.addInitScript(() => {
    const seen: string[] = [];
    (window as unknown as { __texts: string[] }).__texts = seen;
    new MutationObserver(() => {
      const text = document.getElementById('app')?.innerText.trim();
      if (text && seen.at(-1) !== text) seen.push(text);
    }).observe(document, { childList: true, subtree: true, characterData: true });
  });
  const asked = recordChunks(page);
  await page.goto('/?lang=en');
  await waitForFirstMap(page);
  expect(asked).toContain('english');
  const texts = await page.evaluate(() => (window as unknown as { __texts: string[] }).__texts);
  expect(texts.length).toBeGreaterThan(0);
  // Words only the Dutch screen has, from its first status line to the settings.
  for (const text of texts) expect(text).not.toMatch(/Kaart en gegevens laden|Instellingen|Kwartaal|Gegevens laden/);
  await expect(page.getByRole('button', { name: 'Settings' })).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
});

test('the settings menu switches to English once its table is there, and back', async ({ page }) => {
  const asked = recordChunks(page);
  await page.goto('/');
  await waitForFirstMap(page);
  expect(asked).not.toContain('english');
  await openSettings(page);
  await page.getByRole('combobox', { name: 'Taal' }).selectOption('en');
  await expect(page.getByRole('button', { name: 'Settings' })).toBeVisible();
  await expect(page.getByTestId('quarter-label')).toHaveText('2023 Q4');
  expect(asked).toContain('english');
  await expect.poll(() => new URL(page.url()).searchParams.get('lang')).toBe('en');
  await page.getByRole('combobox', { name: 'Language' }).selectOption('nl');
  await expect(page.getByTestId('quarter-label')).toHaveText('2023 K4');
});

test('each dialog and presentation mode load when first opened, and work', async ({ page }) => {
  const asked = recordChunks(page);
  await page.goto('/');
  await waitForFirstMap(page);

  // What is beside the stage comes once the page is idle after the first map (tested above), so it is left out here.
  expect(asked.filter((chunk) => !BESIDE_STAGE.includes(chunk))).toEqual(['explore']);
  await clickHeaderAction(page, 'Gegevens laden');
  const data = page.getByRole('dialog', { name: 'Gegevens laden' });
  await expect(data.getByRole('button', { name: 'Bestanden kiezen', exact: true }).first()).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(data).toHaveCount(0);

  await clickHeaderAction(page, 'Insluiten');
  const embed = page.getByRole('dialog', { name: 'Kaart insluiten op een website' });
  await expect(embed.getByRole('textbox', { name: 'Code' })).toHaveValue(/<iframe src="[^"]*embed=1/);
  await page.keyboard.press('Escape');
  await expect(embed).toHaveCount(0);

  await page.getByRole('button', { name: 'Exporteren (PNG, SVG)' }).click();
  const exported = page.getByTestId('export-dialog');
  await expect(exported.getByRole('img')).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(exported).toHaveCount(0);

  await clickHeaderAction(page, 'Presenteren');
  await expect(page.getByTestId('presentation-controls')).toBeVisible();
  // The Embed dialog offers English embeds, whose snippet names the frame in English: it asks for that table too.
  expect([...new Set(asked.filter((chunk) => !BESIDE_STAGE.includes(chunk)))].sort()).toEqual(['dataDialog', 'embedDialog', 'english', 'explore', 'exportDialog', 'growthChart', 'present']);
});

test('a dialog whose chunk does not arrive says so in its place, and "try again" opens it; the map stays', async ({ page }) => {
  const chunk = await failingChunk(page, 'exportDialog');
  await page.goto('/');
  await waitForFirstMap(page);
  await page.getByRole('button', { name: 'Exporteren (PNG, SVG)' }).click();

  const failed = page.getByRole('dialog', { name: 'Kaart exporteren' });
  const alert = failed.getByRole('alert');
  await expect(alert).toContainText('Niet geladen: het venster Exporteren');
  await expect(alert).toContainText('Bestand: Export-');
  await expect(alert).not.toContainText(/dynamically imported|Failed/i);
  // Behind the dialog the screen is as it was.
  await expect(page.getByTestId('svg-map')).toBeAttached();

  chunk.arrive();
  await alert.getByRole('button', { name: 'Opnieuw proberen' }).click();
  await expect(page.getByTestId('export-dialog').getByRole('img')).toBeVisible();
  await expect(page.getByRole('alert')).toHaveCount(0);
});

test('what is beside the stage not arriving is said in its places, and "try again" builds it; the map stays', async ({ page }) => {
  const chunk = await failingChunk(page, 'besideStage');
  await page.goto('/');
  await waitForFirstMap(page);
  const alerts = page.getByRole('alert').filter({ hasText: 'Niet geladen: de details, totalen en tabel naast en onder de kaart' });
  // Beside the stage and under it: each place says so.
  await expect(alerts).toHaveCount(2);
  await expect(alerts.first()).toContainText('Bestand: besideStage-');
  await expect(page.getByTestId('svg-map')).toBeAttached();

  chunk.arrive();
  await alerts.first().getByRole('button', { name: 'Opnieuw proberen' }).click();
  await expect(page.getByTestId('totals')).toBeVisible();
  await alerts.first().getByRole('button', { name: 'Opnieuw proberen' }).click();
  await expect(page.getByTestId('map-summary')).toBeVisible();
  await expect(alerts).toHaveCount(0);
});

test('a layout that is slow to arrive says "loading" after a moment, and the map follows it', async ({ page }) => {
  // Held back until the notice has been seen: a notice for an ordinary wait would only flash, so it waits first.
  let release: () => void = () => undefined;
  const released = new Promise<void>((resolve) => (release = resolve));
  await page.route(chunkFile('explore'), async (route) => {
    await released;
    await route.continue();
  });
  const NOTICE = '[data-testid="load-failures"]';
  await recordFirstSeen(page, NOTICE);
  await page.goto('/');
  const notice = page.getByTestId('load-failures');
  await expect(notice).toContainText('Kaart en gegevens laden…');
  release();
  await waitForFirstMap(page);
  await expect(notice).toHaveCount(0);
  // Not at once: the layout was asked for (as the app starts, before it mounts) at least the delay before the notice.
  const layoutAsked = await page.evaluate((pattern) => performance.getEntriesByType('resource').find((entry) => new RegExp(pattern).test(entry.name))!.startTime, chunkFile('explore').source);
  expect((await firstSeen(page, NOTICE)) - layoutAsked).toBeGreaterThanOrEqual(500);
});

test('presentation mode whose chunk does not arrive leaves the dashboard as it was; "try again" presents', async ({ page }) => {
  const chunk = await failingChunk(page, 'present');
  await page.goto('/');
  await waitForFirstMap(page);
  await clickHeaderAction(page, 'Presenteren');

  const alert = page.getByTestId('load-failures').getByRole('alert');
  await expect(alert).toContainText('Niet geladen: de presentatiemodus');
  // Still the dashboard, and the link says so.
  await expect(page.getByTestId('stage')).toBeVisible();
  await expect.poll(() => new URL(page.url()).searchParams.get('mode')).toBeNull();
  await expect(page.locator('html')).not.toHaveAttribute('data-mode', 'present');

  chunk.arrive();
  await alert.getByRole('button', { name: 'Opnieuw proberen' }).click();
  await expect(page.getByTestId('presentation-controls')).toBeVisible();
  await expect.poll(() => new URL(page.url()).searchParams.get('mode')).toBe('present');
  await expect(page.getByTestId('load-failures')).toHaveCount(0);
});

test('English that does not arrive keeps the screen in Dutch and says so; "try again" switches', async ({ page }) => {
  const chunk = await failingChunk(page, 'english');
  await page.goto('/');
  await waitForFirstMap(page);
  await openSettings(page);
  const select = page.getByRole('combobox', { name: 'Taal' });
  await select.selectOption('en');

  const alert = page.getByTestId('load-failures').getByRole('alert');
  await expect(alert).toContainText('Niet geladen: de Engelse teksten');
  await expect(page.getByTestId('quarter-label')).toHaveText('2023 K4');
  await expect(select).toHaveValue('nl');

  chunk.arrive();
  await alert.getByRole('button', { name: 'Opnieuw proberen' }).click();
  await expect(page.getByTestId('quarter-label')).toHaveText('2023 Q4');
  await expect(page.getByTestId('load-failures')).toHaveCount(0);
});

test('an English link whose table does not arrive starts in Dutch, says so, and switches on "try again"', async ({ page }) => {
  const chunk = await failingChunk(page, 'english');
  await page.goto('/?lang=en');
  await waitForFirstMap(page);
  const alert = page.getByTestId('load-failures').getByRole('alert');
  await expect(alert).toContainText('Niet geladen: de Engelse teksten');
  await expect(page.getByTestId('quarter-label')).toHaveText('2023 K4');

  chunk.arrive();
  await alert.getByRole('button', { name: 'Opnieuw proberen' }).click();
  await expect(page.getByTestId('quarter-label')).toHaveText('2023 Q4');
  await expect.poll(() => new URL(page.url()).searchParams.get('lang')).toBe('en');
});
