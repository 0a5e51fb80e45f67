/**
 * What the domain says, before it is said in a language: a message key of
 * the i18n tables and its parameters. Domain code returns these and never
 * imports i18n; `formatMessage` in i18n turns them into text, so the same
 * sentence serves the screen, the exports and the tests in either language.
 */
import type { Quarter } from './quarter';

/** A parameter: text and numbers as they are, or a value i18n formats for the language. */
export type MessageParam =
  | string
  | number
  | { quarter: Quarter }
  /** An ISO date (2021-12-31). */
  | { date: string }
  /** A share of 1, shown as a percentage. */
  | { percent: number }
  /** A number with up to `digits` decimals. */
  | { decimal: number; digits: number }
  | Message;

/** `K` narrows the key so a caller formatting it is checked against the message tables. */
export interface Message<K extends string = string> {
  key: K;
  params?: Record<string, MessageParam>;
}

export function message<K extends string>(key: K, params?: Record<string, MessageParam>): Message<K> {
  return params ? { key, params } : { key };
}
