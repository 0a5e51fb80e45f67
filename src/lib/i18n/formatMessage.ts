/**
 * What the domain says (a `Message`: key and parameters) in a language:
 * `translateMessage` (translate.ts) under the name the figures use, and the
 * helpers built on it.
 */
import type { Message } from '../domain/message';
import { formatNumber, isMessageKey, translateMessage, type Language } from './translate';

export { isMessageKey };

/** A message in a language (an unknown key shows as itself; the unit tests of each message catch it). */
export const formatMessage = (language: Language, value: Message): string => translateMessage(language, value);

/** A total's number and what follows it on one line ("120 van 355 (34%)"), or "geen gegevens" alone. */
export function formatTotalValue(language: Language, line: { value: number | null; detail: Message | null }): string {
  const detail = line.detail ? formatMessage(language, line.detail) : '';
  if (line.value === null) return detail;
  return detail ? `${formatNumber(language, line.value)} ${detail}` : formatNumber(language, line.value);
}

/** Sentences (messages) as one text, as the map's summary reads them. */
export function formatMessages(language: Language, messages: readonly Message[]): string {
  return messages.map((m) => formatMessage(language, m)).join(' ');
}
