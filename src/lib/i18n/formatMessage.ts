/**
 * Turns what the domain says (a `Message`: key and parameters) into text in a
 * language: numbers, quarters, dates and shares formatted for it, nested
 * messages formatted first.
 */
import type { Message, MessageParam } from '../domain/message';
import { nl, type MessageKey } from './nl';
import { formatDate, formatNumber, formatPercent, formatQuarter, translate, type Language, type MessageParams } from './translate';

function formatParam(language: Language, param: MessageParam): string | number {
  if (typeof param === 'string' || typeof param === 'number') return param;
  if ('key' in param) return formatMessage(language, param);
  if ('quarter' in param) return formatQuarter(language, param.quarter);
  if ('date' in param) return formatDate(language, param.date);
  if ('decimal' in param) return formatNumber(language, param.decimal, param.digits);
  return formatPercent(language, param.percent);
}

/** Whether the tables have this key (a domain message with another key is a programming error). */
export function isMessageKey(key: string): key is MessageKey {
  return Object.hasOwn(nl, key);
}

export function formatMessage(language: Language, value: Message): string {
  if (!isMessageKey(value.key)) throw new Error(`No message "${value.key}"`);
  const params: MessageParams = {};
  for (const [name, param] of Object.entries(value.params ?? {})) params[name] = formatParam(language, param);
  return translate(language, value.key, params);
}

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
