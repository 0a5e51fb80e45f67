/**
 * Text as data. Domain functions that have something to say return a message
 * key with its parameters; i18n (`translateMessage`) turns it into words in
 * the language on screen. So the domain stays free of languages, and tests
 * can check what is said without checking how it is worded.
 */
export interface Message {
  /** A key of the message tables (src/lib/i18n/nl.ts). */
  key: string;
  /** Values for the message's `{placeholders}`; numbers are formatted for the language. */
  params?: Record<string, string | number>;
}
