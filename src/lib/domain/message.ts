/**
 * Text as data. Domain functions that have something to say return a message
 * key with its parameters; i18n (`translateMessage`) turns it into words in
 * the language on screen. So the domain stays free of languages, and tests
 * can check what is said without checking how it is worded.
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

/** `K` narrows the key (a literal union) where a caller wants it checked against the message tables. */
export interface Message<K extends string = string> {
  /** A key of the message tables (src/lib/i18n/nl.ts). */
  key: K;
  /** Values for the message's `{placeholders}`; numbers are formatted for the language, the rest as their kind says. */
  params?: Record<string, MessageParam>;
}

export function message<K extends string>(key: K, params?: Record<string, MessageParam>): Message<K> {
  return params ? { key, params } : { key };
}
