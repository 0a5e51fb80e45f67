/** The languages of the interface. Here, in the domain, so pure code can name a language without importing the message tables. */
export const LANGUAGES = ['nl', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];
