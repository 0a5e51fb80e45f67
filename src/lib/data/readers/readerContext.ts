/** What every reader of a dataset file is given: the shared row checks and a tick per data row (for progress). */
import type { CsvRow, CsvTable } from '../csvTable';
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
