/**
 * One load of the user's own data, as a transaction: files (picked, dropped
 * or fetched from a URL) are read and validated in the worker; the result
 * waits here until the user confirms it (or accepts it with the rows that have
 * errors left out). Nothing on screen changes before that, and a failed or
 * cancelled load leaves nothing behind.
 */
import type { LoadedDataset, LoadSource } from '../api/dataSources.svelte';
import { fetchDatasetFiles } from '../api/fetchDatasetFiles';
import type { ParseResult } from '../data/parseDataset';
import type { Dataset, GeoIndex } from '../domain/types';
import { LoadCancelled, startDatasetLoad, type LoadHandle } from '../load/datasetLoader';
import type { LoadStage, ShapesByVersion, WorkerInput } from '../load/workerProtocol';

export type LoadPhase = 'idle' | 'busy' | 'done' | 'failed';

export type { LoadedDataset, LoadSource };

export { sourceLabel } from '../api/dataSources.svelte';

export class DatasetLoad {
  phase = $state<LoadPhase>('idle');
  stage = $state<LoadStage | 'fetch'>('read');
  done = $state(0);
  /** 0 while the size is unknown (a server that sends no Content-Length): progress is then shown as bytes received. */
  total = $state(0);
  result = $state.raw<ParseResult | null>(null);
  /** What went wrong when the load itself failed (not a validation problem). */
  failure = $state<string | null>(null);
  source = $state.raw<LoadSource>({ files: [] });

  #handle: LoadHandle | null = null;
  #abort: AbortController | null = null;
  /** The last load's inputs and adjustment, to check the same files again with invisible characters stripped. */
  #last: { inputs: WorkerInput[]; adjust: (r: ParseResult) => ParseResult } | null = null;
  /** Whether the result on screen was checked with invisible characters stripped. */
  strippedInvisible = $state(false);

  constructor(
    private readonly geo: () => GeoIndex | undefined,
    private readonly shapes: (versions: string[]) => Promise<ShapesByVersion>,
  ) {}

  /** Files from the picker or a drop. */
  fromFiles(files: File[]): Promise<void> {
    return this.#run({ files: files.map((f) => f.name) }, async () => files);
  }

  /** A folder URL or file URLs (relative ones against the page). */
  fromUrl(text: string): Promise<void> {
    let fetchProblems: ParseResult['problems'] = [];
    return this.#run(
      { url: text.trim() },
      async () => {
        this.#abort = new AbortController();
        this.stage = 'fetch';
        const fetched = await fetchDatasetFiles(text, location.href, this.#abort.signal, (done, total) => this.#progress('fetch', done, total ?? 0));
        fetchProblems = fetched.problems;
        return fetched.files;
      },
      (result) => {
        if (!fetchProblems.length) return result;
        // A file that could not be fetched leaves no dataset to offer: the user should try again, not accept a part.
        // It is not "missing" as well: the fetch problem says why it is not there.
        const notFetched = new Set(fetchProblems.map((p) => p.file));
        const problems = result.problems.filter((p) => !(p.kind === 'missing-file' && notFetched.has(p.file)) && p.kind !== 'no-files' && p.kind !== 'no-dataset-files');
        return { ...result, dataset: null, withoutErrorRows: null, problems: [...fetchProblems, ...problems] };
      },
    );
  }

  /** The same files checked again, with invisible characters taken out of ids, codes and quarters. */
  retryStrippingInvisible(): Promise<void> {
    const last = this.#last;
    if (!last) return Promise.resolve();
    return this.#run(this.source, async () => last.inputs, last.adjust, true);
  }

  cancel(): void {
    this.#abort?.abort();
    this.#handle?.cancel();
    this.#settle('idle');
  }

  /** Back to choosing files; the result is dropped. */
  reset(): void {
    this.cancel();
    this.result = null;
    this.failure = null;
    this.#last = null;
  }

  /** The dataset to show, when the user confirms: complete, or (withRowsLeftOut) without the rows with errors. */
  confirm(withRowsLeftOut: boolean): LoadedDataset | null {
    const result = this.result;
    const dataset = withRowsLeftOut ? result?.withoutErrorRows : result?.dataset;
    if (!result || !dataset) return null;
    const loaded = { dataset, source: this.source, rowsLeftOut: withRowsLeftOut ? result.rowsLeftOut : 0 };
    this.reset();
    return loaded;
  }

  async #run(source: LoadSource, inputs: () => Promise<WorkerInput[]>, adjust: (r: ParseResult) => ParseResult = (r) => r, stripInvisible = false): Promise<void> {
    const geo = this.geo();
    if (!geo || this.phase === 'busy') return;
    this.result = null;
    this.failure = null;
    this.source = source;
    this.phase = 'busy';
    this.#progress('read', 0, 1);
    try {
      const files = await inputs();
      this.#last = { inputs: files, adjust };
      this.#handle = startDatasetLoad({ inputs: files, geo, shapes: this.shapes, stripInvisible, onProgress: (stage, done, total) => this.#progress(stage, done, total) });
      const result = adjust(await this.#handle.result);
      this.result = result;
      this.strippedInvisible = stripInvisible;
      this.#settle('done');
    } catch (error) {
      if (error instanceof LoadCancelled || (error as Error).name === 'AbortError') return;
      this.failure = (error as Error).message;
      this.#settle('failed');
    }
  }

  #progress(stage: LoadStage | 'fetch', done: number, total: number) {
    this.stage = stage;
    this.done = done;
    this.total = total;
  }

  #settle(phase: LoadPhase) {
    this.#handle = null;
    this.#abort = null;
    this.phase = phase;
  }
}
