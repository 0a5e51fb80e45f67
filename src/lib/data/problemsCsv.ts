/**
 * The problems of a load as a CSV file the user can sort and filter in Excel:
 * one row per problem, in the user's language (Dutch: `;`, English: `,`;
 * UTF-8 with a byte order mark, as the app's other downloads).
 */
import { safeCsvWriter } from '../domain/csvSafety';
import type { DataProblem } from '../domain/types';
import { isMessageKey, translate, type Language } from '../i18n/translate';
import type { MessageKey } from '../i18n/nl';
import { groupProblems, problemsInGroupOrder } from './problemGroups';
// Own data's messages come with this module, not with the app's first chunk.
import '../i18n/dataMessages';

/** The expected text of a problem in the language (the parameters are the parser's own). */
export function problemExpected(language: Language, problem: DataProblem): string {
  return translate(language, `data.expected.${problem.message}` as MessageKey, problem.params);
}

export function problemKindName(language: Language, kind: string): string {
  const key = `data.kind.${kind}`;
  // A kind without a title (from a newer parser) is shown as it is rather than failing.
  return isMessageKey(key) ? translate(language, key) : kind;
}

export function problemsCsv(problems: readonly DataProblem[], language: Language): string {
  const t = (key: MessageKey) => translate(language, key);
  const header = [t('data.csv.severity'), t('data.csv.kind'), t('data.csv.file'), t('data.csv.row'), t('data.csv.column'), t('data.csv.value'), t('data.csv.expected')];
  // In group order, so the file reads like the dialog.
  const rows = problemsInGroupOrder(groupProblems(problems)).map((p) => [t(`data.severity.${p.severity}` as MessageKey), problemKindName(language, p.kind), p.file, p.row === null ? '' : String(p.row), p.column ?? '', p.value ?? '', problemExpected(language, p)]);
  return '\uFEFF' + safeCsvWriter(language === 'nl' ? ';' : ',').formatRows([header, ...rows]) + '\r\n';
}
