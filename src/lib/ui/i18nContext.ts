/**
 * The translator as Svelte context: the screen's root provides one, bound to
 * the app's language, and every component below takes it with `useI18n()`
 * instead of receiving a `language` prop through each layer. Each function
 * reads the language when called, so text in markup follows a language
 * change (the language is a rune of AppState) and the functions may be
 * destructured.
 */
import { createContext } from 'svelte';
import {
  formatDate as formatDateIn,
  formatNumber as formatNumberIn,
  formatPercent as formatPercentIn,
  formatQuarter as formatQuarterIn,
  translate,
  type Language,
  type MessageParams,
} from '../i18n/translate';
import type { MessageKey } from '../i18n/nl';
import type { Quarter } from '../domain/quarter';

export interface I18n {
  /** The language on screen now. */
  readonly language: Language;
  t: (key: MessageKey, params?: MessageParams) => string;
  formatQuarter: (quarter: Quarter) => string;
  formatNumber: (value: number, maximumFractionDigits?: number) => string;
  formatPercent: (share: number, maximumFractionDigits?: number) => string;
  formatDate: (isoDate: string) => string;
}

/** An I18n that follows `language()` (a rune getter in the app; a constant in tests). */
export function createI18n(language: () => Language): I18n {
  return {
    get language() {
      return language();
    },
    t: (key, params) => translate(language(), key, params),
    formatQuarter: (quarter) => formatQuarterIn(language(), quarter),
    formatNumber: (value, digits) => formatNumberIn(language(), value, digits),
    formatPercent: (share, digits) => formatPercentIn(language(), share, digits),
    formatDate: (isoDate) => formatDateIn(language(), isoDate),
  };
}

const [getI18n, setI18n] = createContext<I18n>();

/** The translator of the screen (call during component initialisation). */
export const useI18n = getI18n;
/** Makes `i18n` the translator of every component below the caller. */
export const provideI18n = setI18n;
