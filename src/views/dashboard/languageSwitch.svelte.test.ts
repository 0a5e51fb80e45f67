import { describe, expect, it, vi } from 'vitest';
import { AppState } from '../../lib/state/appState.svelte';
import { LanguageSwitch } from './languageSwitch.svelte';

// The English table's chunk, settled by the test: `next` is what the next load does.
const table = vi.hoisted(() => ({ next: 'arrive' as 'arrive' | 'fail' | 'hold', held: null as null | (() => void), loads: [] as unknown[] }));
vi.mock('../../lib/i18n/translate', () => ({
  loadLanguage: (language: string, load?: unknown) => {
    table.loads.push(load);
    if (language === 'nl' || table.next === 'arrive') return Promise.resolve();
    if (table.next === 'hold') return new Promise<void>((resolve) => (table.held = resolve));
    return Promise.reject(new Error('Failed to fetch dynamically imported module: http://127.0.0.1/assets/en-1.js'));
  },
}));

describe('LanguageSwitch', () => {
  it('switches once the table is there', async () => {
    table.next = 'arrive';
    const app = new AppState();
    const language = new LanguageSwitch(app);
    await language.choose('en');
    expect([app.language, language.failure]).toEqual(['en', null]);
  });

  it('stays in the language on screen when the table does not arrive, and asks anew on retry', async () => {
    table.next = 'fail';
    table.loads = [];
    const app = new AppState();
    const language = new LanguageSwitch(app);
    await language.choose('en');
    expect(app.language).toBe('nl');
    expect(language.failure?.language).toBe('en');
    table.next = 'arrive';
    await language.retry();
    // The retry goes through ui/retryImport (a new address): a loader is passed this time.
    expect(table.loads.map((load) => typeof load)).toEqual(['undefined', 'function']);
    expect([app.language, language.failure]).toEqual(['en', null]);
  });

  it('lets a later choice win over a table still on its way', async () => {
    table.next = 'hold';
    const app = new AppState();
    const language = new LanguageSwitch(app);
    const english = language.choose('en');
    await language.choose('nl');
    table.held!();
    await english;
    expect(app.language).toBe('nl');
  });
});
