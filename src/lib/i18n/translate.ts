/**
 * Message lookup and locale-aware formatting. Pure: the current language is
 * passed in, so the same functions serve components, exports and tests.
 *
 * Dutch, the default, is bundled with the app (`bundledNl`). The English
 * table is a chunk of its own (~10 KB gzip that a Dutch visitor never
 * needs): `loadLanguage` fetches it, and the app calls it before it shows
 * English (main.ts before mounting, the language menu before switching).
 * `translate` stays synchronous. Own data's messages (`data.*`, with
 * `data.expected.*` in English, which every data problem carries) come with
 * the code that shows them: it imports dataMessages.ts, which adds them
 * here (`addMessages`).
 */
import { bundledNl, type MessageKey } from './nl';
import type { Message, MessageParam } from '../domain/message';
import { quarterNumber, quarterYear, type Quarter } from '../domain/quarter';

import { LANGUAGES, type Language } from '../domain/language';

export { LANGUAGES, type Language };

export type MessageTable = Record<MessageKey, string>;
/** A lazily loaded table's module (`en.ts`). */
export interface TableModule {
  default: MessageTable;
}

const DICTIONARIES: Record<Language, Partial<MessageTable>> = { nl: { ...bundledNl }, en: {} };
const LOCALES: Record<Language, string> = { nl: 'nl-NL', en: 'en-GB' };

/** The chunk of each language that is not bundled. */
export const LANGUAGE_CHUNKS: Readonly<Record<Exclude<Language, 'nl'>, () => Promise<TableModule>>> = {
  en: () => import('./en'),
};
const loaded = new Set<Language>(['nl']);
const loading = new Map<Language, Promise<void>>();

/** Whether `language`'s whole table is here, so the screen can be in it. */
export function isLanguageLoaded(language: Language): boolean {
  return loaded.has(language);
}

/**
 * Makes `language`'s table available; resolves at once for Dutch or a table
 * already loaded, and shares one request between callers. `load` replaces
 * the plain import, e.g. to ask again after the chunk failed (ui/retryImport);
 * a failed load is forgotten, so a later call tries again.
 */
export function loadLanguage(language: Language, load?: (plain: () => Promise<TableModule>) => Promise<TableModule>): Promise<void> {
  if (language === 'nl' || loaded.has(language)) return Promise.resolve();
  const pending = loading.get(language);
  if (pending && !load) return pending;
  const plain = LANGUAGE_CHUNKS[language];
  const next = (load ? load(plain) : plain()).then(
    (module) => {
      DICTIONARIES[language] = { ...DICTIONARIES[language], ...module.default };
      loaded.add(language);
    },
    (error: unknown) => {
      if (loading.get(language) === next) loading.delete(language);
      throw error;
    },
  );
  loading.set(language, next);
  return next;
}

/** Adds messages that come with a lazily loaded part (dataMessages.ts); a table loaded whole later keeps them. */
export function addMessages(language: Language, table: Partial<MessageTable>): void {
  DICTIONARIES[language] = { ...DICTIONARIES[language], ...table };
}

export type MessageParams = Record<string, string | number>;

export function isLanguage(value: string): value is Language {
  return (LANGUAGES as readonly string[]).includes(value);
}

/**
 * `{name|one|other}` in a message picks the word form that agrees with the
 * number `name` ("1 gemeente", "2 gemeenten"; "telt" / "tellen"), by the
 * language's plural rules.
 */
const PLURAL_FORMS = /\{(\w+)\|([^|{}]*)\|([^|{}]*)\}/g;
const pluralRules = new Map<Language, Intl.PluralRules>();

function pluralCategory(language: Language, value: number): Intl.LDMLPluralRule {
  let rules = pluralRules.get(language);
  if (!rules) {
    rules = new Intl.PluralRules(LOCALES[language]);
    pluralRules.set(language, rules);
  }
  return rules.select(value);
}

/** The message for `key` with `{name}` placeholders filled in (numbers formatted for the language) and plural forms chosen. */
export function translate(language: Language, key: MessageKey, params: MessageParams = {}): string {
  // A key of a table not loaded yet says itself in Dutch rather than nothing (the app loads a table before it shows it),
  // and a key of messages not added yet as the key: a visible mistake, which the tests catch, instead of a broken screen.
  const template = DICTIONARIES[language][key] ?? DICTIONARIES.nl[key] ?? key;
  return template
    .replace(PLURAL_FORMS, (_whole, name: string, one: string, other: string) => {
      const value = params[name];
      return typeof value === 'number' && pluralCategory(language, value) === 'one' ? one : other;
    })
    .replace(/\{(\w+)\}/g, (placeholder, name: string) => {
      const value = params[name];
      if (value === undefined) return placeholder;
      return typeof value === 'number' ? formatNumber(language, value) : value;
    });
}

export function isMessageKey(key: string): key is MessageKey {
  return Object.hasOwn(DICTIONARIES.nl, key) || Object.hasOwn(DICTIONARIES.en, key);
}

/** A message the domain returned (a key and its parameters) in words; an unknown key shows as itself, which the tests catch. */
export function translateMessage(language: Language, message: Message): string {
  if (!isMessageKey(message.key)) return message.key;
  const params: MessageParams = {};
  for (const [name, param] of Object.entries(message.params ?? {})) params[name] = formatParam(language, param);
  return translate(language, message.key, params);
}

/** Numbers, quarters, dates and shares formatted for the language; a nested message said first. */
function formatParam(language: Language, param: MessageParam): string | number {
  if (typeof param === 'string' || typeof param === 'number') return param;
  if ('key' in param) return translateMessage(language, param);
  if ('quarter' in param) return formatQuarter(language, param.quarter);
  if ('date' in param) return formatDate(language, param.date);
  if ('decimal' in param) return formatNumber(language, param.decimal, param.digits);
  return formatPercent(language, param.percent);
}

/** `t(key, params)` bound to a language, for components. */
export function translator(language: Language): (key: MessageKey, params?: MessageParams) => string {
  return (key, params) => translate(language, key, params);
}

const numberFormats = new Map<string, Intl.NumberFormat>();

function numberFormat(language: Language, options: Intl.NumberFormatOptions): Intl.NumberFormat {
  const cacheKey = `${language}:${JSON.stringify(options)}`;
  let format = numberFormats.get(cacheKey);
  if (!format) {
    format = new Intl.NumberFormat(LOCALES[language], options);
    numberFormats.set(cacheKey, format);
  }
  return format;
}

/**
 * 1.234 in Dutch, 1,234 in English. A whole number under a thousand is written
 * as it is in both languages, without Intl: the first Intl.NumberFormat made
 * on a page loads the locale's data (about 50 ms on a machine without a GPU),
 * and the first map's legend counts are such numbers. (The unit test checks
 * every one against Intl.)
 */
export function formatNumber(language: Language, value: number, maximumFractionDigits = 0): string {
  if (Number.isInteger(value) && Math.abs(value) < 1000 && !Object.is(value, -0)) return String(value);
  return numberFormat(language, { maximumFractionDigits }).format(value);
}

/** 91% / 91 %: the locale decides the spacing. */
export function formatPercent(language: Language, share: number, maximumFractionDigits = 0): string {
  return numberFormat(language, { style: 'percent', maximumFractionDigits }).format(share);
}

/** "2020 K4" in Dutch, "2020 Q4" in English. */
export function formatQuarter(language: Language, quarter: Quarter): string {
  return translate(language, 'quarter.format', { year: String(quarterYear(quarter)), q: String(quarterNumber(quarter)) });
}

/**
 * A calendar date such as 1 januari 2021 / 1 January 2021, with the month's
 * name from the message tables. Not Intl.DateTimeFormat: the first one made
 * on a page loads the locale's calendar data, about 55 ms on a machine
 * without a GPU, and the time control shows a date with the first map. (The
 * unit test checks the names against Intl's.)
 */
export function formatDate(language: Language, isoDate: string): string {
  const [year, month, day] = isoDate.split('-').map(Number);
  return translate(language, 'date.format', { day: String(day), month: translate(language, `date.month.${month}` as MessageKey), year: String(year) });
}
