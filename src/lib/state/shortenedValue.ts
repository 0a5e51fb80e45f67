/** Longest value a URL notice echoes; a longer one is cut, the full value kept apart (the notice shows it as its title). */
export const NOTICE_VALUE_MAX = 80;

/** A value cut to NOTICE_VALUE_MAX characters with its length, and the full value when it was cut. */
export function shortenedValue(value: string): { value: string; fullValue?: string } {
  if (value.length <= NOTICE_VALUE_MAX) return { value };
  return { value: `${value.slice(0, NOTICE_VALUE_MAX)}… (${value.length})`, fullValue: value };
}
