/** What every reader of a dataset file is given: the shared row checks and a tick per data row (for progress). */
import type { CsvRow, CsvTable } from '../csvTable';
import { FILE_LEVEL_KINDS } from '../datasetSchema';
import type { RowChecks } from '../rowChecks';

export interface ReaderContext {
  checks: RowChecks;
  /** Called once for every data row read, valid or not. */
  tick: () => void;
}

/** The data rows of a file, none when it is absent or a required column is missing. */
export function rowsOf(table: CsvTable | undefined): readonly CsvRow[] {
  return table?.ok ? table.rows : [];
}

/** A file that is absent or has a file-level error: references into it fail because of that. */
export function isUnreadable(table: CsvTable | undefined): boolean {
  return !table?.ok || table.problems.some((p) => p.file === table.file && p.severity === 'error' && FILE_LEVEL_KINDS.has(p.kind));
}
