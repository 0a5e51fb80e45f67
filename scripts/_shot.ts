import { chromium } from '@playwright/test';
import { chromiumLaunchOptions } from '/work/main/scripts/lib/chromium';
const [url, out, width, height] = [process.argv[2]!, process.argv[3]!, Number(process.argv[4] ?? 1280), Number(process.argv[5] ?? 900)];
const browser = await chromium.launch(chromiumLaunchOptions());
const page = await browser.newPage({ viewport: { width, height } });
const logs: string[] = [];
page.on('console', (m) => logs.push(`${m.type()}: ${m.text()}`));
page.on('pageerror', (e) => logs.push(`pageerror: ${e.message}`));
page.on('requestfailed', (r) => logs.push(`failed: ${r.url()}`));
page.on('response', (r) => { if (r.status() >= 400) logs.push(`${r.status()}: ${r.url()}`); });
await page.goto(url);
try {
  await page.waitForFunction(() => (window as any).__BBV__?.versionId, undefined, { timeout: 20000 });
  await page.evaluate(() => (window as any).__BBV__.whenIdle());
} catch (e) { logs.push('wait failed: ' + (e as Error).message); }
const action = process.argv[6];
if (action) { await eval(action); await page.waitForTimeout(500); }
await page.screenshot({ path: out, fullPage: true });
console.log(logs.join('\n'));
await browser.close();
