import { describe, expect, it, vi } from 'vitest';
import { en } from './en';
import { nl } from './allNl';
import { formatDate, formatNumber, formatPercent, formatQuarter, translate } from './translate';
import { quarterOf } from '../domain/quarter';

describe('dictionaries', () => {
  it('have exactly the same keys in Dutch and English', () => {
    expect(Object.keys(en).sort()).toEqual(Object.keys(nl).sort());
  });

  it('use the same placeholders in both languages for every key', () => {
    // Plain placeholders and the numbers that plural forms agree with ({count|one|other}).
    const placeholders = (text: string) => [...new Set([...text.matchAll(/\{(\w+)(?:\|[^}]*)?\}/g)].map((m) => m[1]))].sort();
    for (const key of Object.keys(nl) as (keyof typeof nl)[]) {
      expect(placeholders(en[key]), key).toEqual(placeholders(nl[key]));
    }
  });

  it('have no empty messages', () => {
    for (const [key, text] of [...Object.entries(nl), ...Object.entries(en)]) expect(text.trim(), key).not.toBe('');
  });
});

describe('translate', () => {
  it.each([
    ['nl', 'legend.count', { count: 1234 }, '1.234 gemeenten'],
    ['en', 'legend.count', { count: 1234 }, '1,234 municipalities'],
    ['nl', 'totals.ofTotal', { total: 355 }, 'van 355'],
  ] as const)('%s %s', (language, key, params, expected) => {
    expect(translate(language, key, params)).toBe(expected);
  });

  it.each([
    ['nl', 1, '1 gemeente'],
    ['nl', 0, '0 gemeenten'],
    ['nl', 2, '2 gemeenten'],
    ['en', 1, '1 municipality'],
    ['en', 1234, '1,234 municipalities'],
  ] as const)('%s: the plural form agrees with %d', (language, count, expected) => {
    expect(translate(language, 'legend.count', { count })).toBe(expected);
  });

  it('leaves an unknown placeholder visible rather than dropping it', () => {
    expect(translate('en', 'legend.count')).toBe('{count} municipalities');
  });
});

describe('formatting per language', () => {
  it.each([
    ['nl', 2020, 4, '2020 K4'],
    ['en', 2020, 4, '2020 Q4'],
    ['nl', 2019, 1, '2019 K1'],
  ] as const)('quarter in %s', (language, year, q, expected) => {
    expect(formatQuarter(language, quarterOf(year, q))).toBe(expected);
  });

  it('formats numbers with the language’s separators', () => {
    expect(formatNumber('nl', 17590672)).toBe('17.590.672');
    expect(formatNumber('en', 17590672)).toBe('17,590,672');
    expect(formatNumber('nl', 3.14159, 1)).toBe('3,1');
    // Whole numbers under a thousand skip Intl: they must read as Intl writes them.
    for (const [language, locale] of [['nl', 'nl-NL'], ['en', 'en-GB']] as const) {
      for (const digits of [0, 1, 2]) {
        const intl = new Intl.NumberFormat(locale, { maximumFractionDigits: digits });
        for (const value of [-1000, -999, -1, -0, 0, 1, 7, 42, 999, 1000, 1001, 12_345]) expect(formatNumber(language, value, digits)).toBe(intl.format(value));
      }
    }
  });

  it('formats percentages and dates', () => {
    expect(formatPercent('en', 0.91)).toBe('91%');
    expect(formatPercent('nl', 0.91)).toMatch(/^91\s?%$/);
    expect(formatDate('nl', '2022-03-24')).toBe('24 maart 2022');
    expect(formatDate('en', '2022-03-24')).toBe('24 March 2022');
    // Every month as Intl (the browser's locale data) writes it.
    for (let month = 1; month <= 12; month++) {
      const iso = `2021-${String(month).padStart(2, '0')}-01`;
      for (const [language, locale] of [['nl', 'nl-NL'], ['en', 'en-GB']] as const) {
        expect(formatDate(language, iso)).toBe(new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }).format(new Date(iso)));
      }
    }
  });
});

describe('the English table, a chunk of its own', () => {
  /** translate.ts as the app has it at start: the test setup loaded English into the shared instance. */
  async function freshTranslate() {
    vi.resetModules();
    return import('./translate');
  }

  it('is there once loaded; before, only what a data check expected is in English, once the code that checks has come', async () => {
    const fresh = await freshTranslate();
    expect([fresh.isLanguageLoaded('nl'), fresh.isLanguageLoaded('en')]).toEqual([true, false]);
    // Own data's messages are not bundled: before the code that shows them has loaded, a key says itself.
    expect(fresh.translate('nl', 'data.intro')).toBe('data.intro');
    expect(fresh.isMessageKey('data.kind.no-rows')).toBe(false);
    // That code brings them (dataMessages.ts), and every data problem carries what was expected in English, also on a Dutch page and in the worker.
    await import('./dataMessages');
    expect(fresh.translate('nl', 'data.intro')).toBe(nl['data.intro']);
    expect(fresh.isMessageKey('data.kind.no-rows')).toBe(true);
    expect(fresh.translate('en', 'data.expected.no-rows')).toBe(en['data.expected.no-rows']);
    // Anything else falls back to Dutch rather than showing nothing.
    expect(fresh.translate('en', 'app.retry')).toBe(nl['app.retry']);
    await fresh.loadLanguage('en');
    expect(fresh.isLanguageLoaded('en')).toBe(true);
    expect(fresh.translate('en', 'app.retry')).toBe('Try again');
    expect(fresh.formatQuarter('en', quarterOf(2020, 4))).toBe('2020 Q4');
  });

  it('asks once for callers at the same time, and not at all for Dutch', async () => {
    const fresh = await freshTranslate();
    const first = fresh.loadLanguage('en');
    expect(fresh.loadLanguage('en')).toBe(first);
    await first;
    const dutch = vi.fn(() => Promise.reject(new Error('never asked')));
    await fresh.loadLanguage('nl', dutch);
    expect(dutch).not.toHaveBeenCalled();
  });

  it('forgets a load that failed, so the next one (or a retry through another import) asks again', async () => {
    const fresh = await freshTranslate();
    const failed = new Error('Failed to fetch dynamically imported module: http://127.0.0.1/assets/en-1.js');
    await expect(fresh.loadLanguage('en', () => Promise.reject(failed))).rejects.toBe(failed);
    expect(fresh.isLanguageLoaded('en')).toBe(false);
    expect(fresh.translate('en', 'app.retry')).toBe(nl['app.retry']);
    const retry = vi.fn((plain: () => Promise<{ default: typeof en }>) => plain());
    await fresh.loadLanguage('en', retry);
    expect(retry).toHaveBeenCalledOnce();
    expect(fresh.translate('en', 'app.retry')).toBe('Try again');
  });
});
