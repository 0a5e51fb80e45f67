/**
 * One validation problem, made in one place so every problem carries both a
 * translatable message (a key of the data dictionary with its parameters, for
 * the app in the user's language) and the same text in English (`expected`,
 * for the command line and logs).
 */
import { translate, type MessageParams } from '../i18n/translate';
import type { MessageKey } from '../i18n/nl';
import type { DataProblem } from '../domain/types';
import { showInvisible } from './visibleText';
// Own data's messages come with this module, not with the app's first chunk.
import '../i18n/dataMessages';

export interface ProblemInput {
  kind: string;
  file: string;
  row?: number | null;
  column?: string | null;
  value?: string | null;
  severity?: DataProblem['severity'];
  /** Message key under `data.expected.`; the kind when not given. */
  message?: string;
  params?: MessageParams;
  cause?: DataProblem['cause'];
}

export function dataProblem(input: ProblemInput): DataProblem {
  const message = input.message ?? input.kind;
  // Values come from the user's files: what cannot be seen is shown (`GM0363⟨U+200B⟩`), so a value never looks valid while it is not.
  const params = Object.fromEntries(Object.entries(input.params ?? {}).map(([key, value]) => [key, typeof value === 'string' ? showInvisible(value) : value]));
  const problem: DataProblem = {
    kind: input.kind,
    file: input.file,
    row: input.row ?? null,
    column: input.column ?? null,
    value: input.value == null ? null : showInvisible(input.value),
    expected: translate('en', `data.expected.${message}` as MessageKey, params),
    message,
    params,
    severity: input.severity ?? 'error',
  };
  if (input.cause) problem.cause = input.cause;
  return problem;
}
