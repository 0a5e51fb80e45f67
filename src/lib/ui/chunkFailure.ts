/**
 * A part of the app that is loaded when needed (a layout, a dialog, the
 * analysis, the English texts) did not arrive: what failed and why, in the
 * screen's language, for a LoadNotice with "try again".
 */
import { describeLoadError } from '../api/loadErrors';
import type { Message } from '../domain/message';
import { translateMessage, type Language } from '../i18n/translate';
import { failureText } from '../state/mapStatus';

export function chunkFailureText(language: Language, what: Message, error: unknown, online = navigator.onLine): { title: string; lines: string[] } {
  const text = failureText(what, describeLoadError(error, online), null);
  return { title: translateMessage(language, text.title), lines: text.lines.map((line) => translateMessage(language, line)) };
}
