import { flushSync } from 'svelte';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { parseQuarterKey } from '../domain/quarter';
import { AppState } from './appState.svelte';
import type { UrlContext } from './urlState';
import { UrlSync } from './urlSync.svelte';
import { REPLACE_QUIET_MS } from './urlHistory.svelte';

// Whether the English table is loaded (i18n/translate.ts loads it as a chunk; the test setup has loaded it).
const english = vi.hoisted(() => ({ loaded: true }));
vi.mock('../i18n/translate', async (importOriginal) => ({
  ...(await importOriginal<typeof import('../i18n/translate')>()),
  isLanguageLoaded: (language: string) => language === 'nl' || english.loaded,
}));

const q = (key: string) => parseQuarterKey(key)!;
const context: UrlContext = {
  firstQuarter: q('2019-Q1'),
  lastQuarter: q('2023-Q4'),
  resolveMunicipality: (code) => (['GM0363', 'GM0344'].includes(code) ? [code] : []),
  hasOrganisation: (id) => id === 'ORG001',
  hasProvince: (code) => code === 'PV26',
};

/** A browser's location and history, enough for UrlSync: pushState and replaceState move the search, popstate is dispatched by hand. */
function fakeBrowser(search: string) {
  const window = new EventTarget();
  const location = { pathname: '/', search, hash: '' };
  const entries: string[] = [search];
  let index = 0;
  const go = (url: string) => (location.search = new URL(url, 'http://localhost').search);
  const history = {
    pushState: (_: unknown, __: string, url: string) => {
      go(url);
      entries.splice(index + 1, Infinity, location.search);
      index++;
    },
    replaceState: (_: unknown, __: string, url: string) => {
      go(url);
      entries[index] = location.search;
    },
  };
  vi.stubGlobal('window', window);
  vi.stubGlobal('location', location);
  vi.stubGlobal('history', history);
  return {
    location,
    entries,
    back() {
      index--;
      location.search = entries[index]!;
      window.dispatchEvent(new Event('popstate'));
    },
  };
}

describe('UrlSync', () => {
  let cleanup: (() => void) | null = null;
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => {
    english.loaded = true;
    cleanup?.();
    cleanup = null;
    vi.useRealTimers();
    vi.unstubAllGlobals();
  });

  /** A UrlSync on `search`; the data arrives when `arrive()` is called. */
  function start(search: string) {
    const browser = fakeBrowser(search);
    const app = new AppState();
    let loaded = $state(false);
    const onRestored = vi.fn();
    const onLanguageMissing = vi.fn();
    let sync!: UrlSync;
    cleanup = $effect.root(() => {
      sync = new UrlSync(
        {
          app,
          context: () => (loaded ? context : null),
          range: () => (loaded ? { first: context.firstQuarter, last: context.lastQuarter } : null),
          shownMunicipality: () => (app.selection?.kind === 'municipality' ? app.selection.code : null),
          onRestored,
          onLanguageMissing,
        },
        search,
      );
    });
    flushSync();
    return { app, sync, browser, onRestored, onLanguageMissing, arrive: () => (loaded = true, flushSync()) };
  }

  it('applies language, theme and mode at once, the rest when the data is there', () => {
    const { app, sync, arrive } = start('?lang=en&theme=dark&mode=present&indicator=sek&quarter=2020-Q4&municipality=GM0344');
    expect([app.language, app.theme, app.mode]).toEqual(['en', 'dark', 'present']);
    expect([sync.ready, app.indicator, sync.state]).toEqual([false, 'ido', null]);
    arrive();
    expect(sync.ready).toBe(true);
    expect([app.indicator, app.quarter, app.selection]).toEqual(['sek', q('2020-Q4'), { kind: 'municipality', code: 'GM0344' }]);
    expect([app.firstQuarter, app.lastQuarter]).toEqual([q('2019-Q1'), q('2023-Q4')]);
    expect(sync.notices).toEqual([]);
  });

  it('fixes embed and slider for the visit; an embed never presents', () => {
    const { app, sync } = start('?embed=1&slider=0&mode=present');
    expect([sync.embed, sync.showSlider, app.mode]).toEqual([true, false, 'explore']);
  });

  it('turns a bad link into notices and a working state', () => {
    const { app, sync, arrive } = start('?indicator=bibliotheek&quarter=2031-Q1&municipality=GM9999');
    arrive();
    expect(sync.notices.map((n) => n.kind)).toEqual(['unknown-indicator', 'quarter-out-of-range', 'unknown-municipality']);
    expect([app.indicator, app.quarter, app.selection]).toEqual(['ido', q('2023-Q4'), null]);
    sync.dismissNotice(1);
    expect(sync.notices.map((n) => n.kind)).toEqual(['unknown-indicator', 'unknown-municipality']);
  });

  it('keeps the URL in step with the choices: a new entry for what matters, none for a moved map', () => {
    const { app, arrive, browser } = start('');
    arrive();
    app.indicator = 'sek';
    flushSync();
    expect(browser.location.search).toBe('?indicator=sek');
    expect(browser.entries).toEqual(['', '?indicator=sek']);
    app.view = { lon: 5.1, lat: 52.1, zoom: 8 };
    flushSync();
    // A replaced entry is written once changes pause (replaceState can take 10 ms in Chromium).
    expect(browser.entries).toEqual(['', '?indicator=sek']);
    vi.advanceTimersByTime(REPLACE_QUIET_MS - 1);
    expect(browser.entries).toEqual(['', '?indicator=sek']);
    vi.advanceTimersByTime(1);
    expect(browser.entries).toEqual(['', '?indicator=sek&view=5.1000%2C52.1000%2C8.00']);
  });

  it('writes a waiting replacement before a new entry, and drops it when the user goes Back', () => {
    const { app, arrive, browser } = start('');
    arrive();
    app.view = { lon: 5.1, lat: 52.1, zoom: 8 };
    flushSync();
    app.indicator = 'sek';
    flushSync();
    // The map move went into the first entry, the indicator into a new one, at once.
    expect(browser.entries).toEqual(['?view=5.1000%2C52.1000%2C8.00', '?indicator=sek&view=5.1000%2C52.1000%2C8.00']);
    app.view = { lon: 5.2, lat: 52.2, zoom: 9 };
    flushSync();
    browser.back();
    flushSync();
    vi.advanceTimersByTime(REPLACE_QUIET_MS);
    // The move waiting for a pause belonged to the entry the user left: the entry gone back to is untouched.
    expect(browser.entries).toEqual(['?view=5.1000%2C52.1000%2C8.00', '?indicator=sek&view=5.1000%2C52.1000%2C8.00']);
    expect(browser.location.search).toBe('?view=5.1000%2C52.1000%2C8.00');
  });

  it('in an embed, keeps the URL in step without adding entries to the host page’s history', () => {
    const { app, arrive, browser } = start('?embed=1');
    arrive();
    app.indicator = 'sek';
    app.selectMunicipality('GM0344');
    flushSync();
    vi.advanceTimersByTime(REPLACE_QUIET_MS);
    expect(browser.location.search).toBe('?indicator=sek&municipality=GM0344&embed=1');
    expect(browser.entries).toEqual(['?indicator=sek&municipality=GM0344&embed=1']);
  });

  it('applies the entry on Back and moves the map to it', () => {
    const { app, arrive, browser, onRestored } = start('?view=5.1000,52.1000,8.00');
    arrive();
    app.indicator = 'sek';
    app.view = null;
    flushSync();
    browser.back();
    flushSync();
    expect([app.indicator, app.view]).toEqual(['ido', { lon: 5.1, lat: 52.1, zoom: 8 }]);
    expect(onRestored).toHaveBeenCalledOnce();
  });

  it('stays in Dutch while the English table is missing, says so, and follows once it is there', () => {
    english.loaded = false;
    const { app, arrive, browser, onLanguageMissing } = start('?lang=en&indicator=sek');
    expect(app.language).toBe('nl');
    expect(onLanguageMissing).toHaveBeenCalledWith('en');
    arrive();
    vi.advanceTimersByTime(REPLACE_QUIET_MS);
    // The link says what is on screen.
    expect([app.language, app.indicator, browser.location.search]).toEqual(['nl', 'sek', '?indicator=sek']);
    english.loaded = true;
    app.language = 'en';
    flushSync();
    expect(browser.entries).toEqual(['?indicator=sek', '?indicator=sek&lang=en']);
  });

  it('on Back to an English entry without the table, keeps the language on screen and asks for the table', () => {
    const { app, arrive, browser, onLanguageMissing } = start('?lang=en');
    arrive();
    app.language = 'nl';
    flushSync();
    english.loaded = false;
    browser.back();
    flushSync();
    expect(app.language).toBe('nl');
    expect(onLanguageMissing).toHaveBeenCalledWith('en');
  });
});
